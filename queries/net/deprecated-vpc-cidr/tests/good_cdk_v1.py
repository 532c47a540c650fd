from aws_cdk import core
from aws_cdk import aws_ec2 as ec2


class LegacyStack(core.Stack):
    def __init__(self, scope: core.Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        ec2.Vpc(self, "Vpc", cidr="10.0.0.0/16")
