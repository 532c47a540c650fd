from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class BastionStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc, group_id: str) -> None:
        super().__init__(scope, construct_id)
        sg = ec2.SecurityGroup(self, "Sg", vpc=vpc)
        sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22), "allow SSH from anywhere")  # expect: NET006 error
        sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(22), "SSH")  # expect: NET006 warning
        sg.add_ingress_rule(peer=ec2.Peer.any_ipv4(), connection=ec2.Port.SSH)  # expect: NET006 error
        sg.add_ingress_rule(ec2.Peer.ipv4("0.0.0.0/0"), ec2.Port.tcp_range(3380, 3390))  # expect: NET006 error
        sg.add_ingress_rule(ec2.Peer.any_ipv6(),  # expect: NET006 error
            # every protocol, every port
            ec2.Port.all_traffic(),
        )
        host = ec2.Instance(self, "Host", vpc=vpc, instance_type=instance_type, machine_image=image)
        host.connections.allow_from_any_ipv4(ec2.Port.tcp(22), "Allow SSH Access")  # expect: NET006 error
        host.connections.allow_from_any_ipv4(port_range=ec2.Port.all_tcp())  # expect: NET006 error
        host.connections.allow_from(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.RDP)  # expect: NET006 warning
        ec2.CfnSecurityGroupIngress(
            self,
            "Ssh",
            group_id=group_id,
            ip_protocol="tcp",
            from_port=22,
            to_port=22,
            cidr_ip="0.0.0.0/0",  # expect: NET006 error
        )
        ec2.CfnSecurityGroup(
            self,
            "L1",
            group_description="admin",
            security_group_ingress=[
                ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=3389, to_port=3389, cidr_ip="10.0.0.0/8"),  # expect: NET006 warning
                ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0"),
                {"ipProtocol": "-1", "cidrIpv6": "::/0"},  # expect: NET006 error
            ],
        )
