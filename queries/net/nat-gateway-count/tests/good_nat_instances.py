import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NetworkStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        ec2.Vpc(
            self,
            "V1",
            nat_gateways=2,  # TODO
            nat_gateway_provider=ec2.NatProvider.instance(
                instance_type=ec2.InstanceType("t3.micro"),  # TODO
            ),
        )
        provider = ec2.NatProvider.instance_v2(instance_type=ec2.InstanceType("t4g.nano"))
        ec2.Vpc(self, "V2", nat_gateway_provider=provider, nat_gateways=3)
