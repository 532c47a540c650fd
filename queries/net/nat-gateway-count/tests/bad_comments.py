import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NetworkStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        ec2.Vpc(
            self,  # TODO
            "Vpc",
            # TODO: one per AZ for now
            nat_gateways=3,  # expect: NET004
            nat_gateway_provider=ec2.NatProvider.gateway(),  # TODO
        )
