from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2


class NetworkStack(Stack):
    def __init__(self, scope, construct_id, cidr: str, is_prod: bool, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        ec2.Vpc(self, "Explicit", ip_addresses=ec2.IpAddresses.cidr(cidr))
        ec2.Vpc(self, "Env", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16" if is_prod else "10.9.0.0/16"))
        if is_prod:
            block = "10.0.0.0/16"
        else:
            block = "10.9.0.0/16"
        ec2.Vpc(self, "Block", cidr=block)
