from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class NetworkStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, region: str) -> None:
        super().__init__(scope, construct_id)
        ec2.Vpc(
            self,
            "Primary",
            cidr="10.0.0.0/16" if region == "eu-west-2" else "10.1.0.0/16",  # expect: NET002 warning
            max_azs=2,
        )
        self.vpc = ec2.Vpc(self, "Standby", cidr="10.2.0.0/16", nat_gateways=1)  # expect: NET002
