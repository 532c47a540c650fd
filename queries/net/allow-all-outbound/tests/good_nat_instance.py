import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NetworkStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc):
        super().__init__(scope, construct_id)
        self.nat_sg = ec2.SecurityGroup(self, "NatSg", vpc=vpc, allow_all_outbound=True)
        ec2.Vpc(
            self,
            "Vpc",
            nat_gateway_provider=ec2.NatProvider.instance_v2(
                instance_type=ec2.InstanceType("t4g.nano"),  # TODO
                security_group=self.nat_sg,
            ),
        )
