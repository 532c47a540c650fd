import aws_cdk.aws_ec2 as ec2
from aws_cdk import Stack
from aws_cdk.aws_ec2 import Vpc


class NetworkStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=2)  # expect: NET004 info
        Vpc(
            self,
            "Other",
            nat_gateways=3,  # expect: NET004
        )
