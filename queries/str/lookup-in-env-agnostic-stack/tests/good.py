import os
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class NetworkStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        ec2.Vpc.from_lookup(self, "Vpc", vpc_name="shared")


class PinnedStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, env=cdk.Environment(account="111111111111", region="eu-west-1"))
        ec2.Vpc.from_lookup(self, "Vpc", is_default=True)


app = cdk.App()
env = cdk.Environment(account=os.environ["CDK_DEFAULT_ACCOUNT"], region=os.environ["CDK_DEFAULT_REGION"])
NetworkStack(app, "FromEnv", env=env)
NetworkStack(app, "Literal", env=cdk.Environment(account="111111111111", region="eu-west-1"))
NetworkStack(app, "Kwargs", **settings)
PinnedStack(app, "Pinned")
