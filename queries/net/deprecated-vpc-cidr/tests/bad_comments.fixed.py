import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NetworkStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        ec2.Vpc(
            self,  # TODO
            "Vpc",
            # TODO: move to ip_addresses
            ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),  # expect: NET002
            max_azs=2,  # TODO
        )
