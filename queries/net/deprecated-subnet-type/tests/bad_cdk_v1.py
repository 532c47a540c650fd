from aws_cdk import core
from aws_cdk import aws_ec2 as ec2


class LegacyStack(core.Stack):
    def __init__(self, scope: core.Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        app = ec2.SubnetType.PRIVATE  # expect: NET001
        db = ec2.SubnetType.ISOLATED  # expect: NET001
