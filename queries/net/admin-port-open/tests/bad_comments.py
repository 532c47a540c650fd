import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class BastionStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc, host):
        super().__init__(scope, construct_id)
        sg = ec2.SecurityGroup(self, "Sg", vpc=vpc)
        sg.add_ingress_rule(  # expect: NET006 error
            ec2.Peer.any_ipv4(),  # TODO: narrow
            # TODO
            connection=ec2.Port.tcp(22),
        )
        host.connections.allow_from(  # expect: NET006 warning
            other=ec2.Peer.ipv4("10.0.0.0/8"),
            port_range=ec2.Port.SSH,  # TODO
        )
        ec2.CfnSecurityGroupIngress(
            self,
            "All",
            group_id=sg.security_group_id,  # TODO
            ip_protocol="-1",
            cidr_ip="0.0.0.0/0",  # expect: NET006 error
        )
