from aws_cdk import Stack
from aws_cdk.aws_ec2 import Vpc
from aws_cdk import aws_ec2 as ec2


class NetworkStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))  # expect: NET002
