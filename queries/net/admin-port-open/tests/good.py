import boto3
from aws_cdk import aws_ec2 as ec2

sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "HTTPS")
sg.add_ingress_rule(peer=ec2.Peer.any_ipv4(), connection=ec2.Port.tcp(80), description="Allow HTTP traffic")
sg.add_ingress_rule(ec2.Peer.ipv4(f"{ssh_origin_ip}/32"), ec2.Port.tcp(22), "allow SSH from only one IP")
sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/24"), ec2.Port.tcp(22))
sg.add_ingress_rule(ec2.Peer.ipv4(vpc.vpc_cidr_block), ec2.Port.tcp(22))
sg.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
asg.connections.allow_from_any_ipv4(port_range=ec2.Port.tcp_range(32768, 65535), description="from ALB")
asg.connections.allow_from(alb, ec2.Port.tcp(22))
ec2.CfnSecurityGroupIngress(self, "Https", group_id=gid, ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0")
ec2.CfnSecurityGroupIngress(self, "Kw", **ssh_rule)

boto3.client("ec2").authorize_security_group_ingress(
    GroupId="sg-1",
    IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
)


class Peer:
    @staticmethod
    def any_ipv4():
        return "any"


class Port:
    @staticmethod
    def tcp(n):
        return n


firewall.add_ingress_rule(Peer.any_ipv4(), Port.tcp(22))
