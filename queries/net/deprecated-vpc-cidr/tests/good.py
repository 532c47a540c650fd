import boto3
from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class Vpc:
    def __init__(self, scope, construct_id, cidr=None):
        self.cidr = cidr


class NetworkStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        ec2.Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))
        ec2.CfnVPC(self, "L1", cidr_block="10.1.0.0/16")
        ec2.Vpc(self, "Kw", **kwargs)
        Vpc(self, "Local", cidr="10.2.0.0/16")
        boto3.client("ec2").create_vpc(CidrBlock="10.3.0.0/16")
