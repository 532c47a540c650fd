import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NetworkStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        ec2.Vpc(
            self,  # TODO
            "Vpc",
            # TODO: review the subnets
            subnet_configuration=[
                ec2.SubnetConfiguration(
                    name="app",  # TODO
                    subnet_type=ec2.SubnetType.PRIVATE_WITH_NAT,  # expect: NET001
                ),
            ],
        )
