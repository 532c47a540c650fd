from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_ec2 import IpAddresses
from constructs import Construct


class NetworkStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        ec2.Vpc(
            self,
            "Vpc",
            ip_addresses=IpAddresses.cidr("10.0.0.0/16" if self.region == "eu-west-2" else "10.1.0.0/16"),  # expect: NET003 warning
        )
        if region == "us-east-1":
            cidr = "10.2.0.0/16"
        else:
            cidr = "10.3.0.0/16"
        ec2.Vpc(self, "Other", cidr=cidr)  # expect: NET003
