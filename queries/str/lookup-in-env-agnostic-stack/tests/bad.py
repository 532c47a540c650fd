import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_route53 as route53
from aws_cdk.aws_ssm import StringParameter
from constructs import Construct


class NetworkStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        ec2.Vpc.from_lookup(self, "Vpc", vpc_name="shared")  # expect: STR006 error
        route53.HostedZone.from_lookup(self, "Zone", domain_name="example.org")  # expect: STR006
        StringParameter.value_from_lookup(self, "/app/ami")  # expect: STR006
        ec2.SecurityGroup.from_lookup_by_name(self, "Sg", "web", vpc)  # expect: STR006


app = cdk.App()
NetworkStack(app, "Network")
NetworkStack(app, "AccountOnly", env=cdk.Environment(account="111111111111"))
