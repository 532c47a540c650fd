import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
from aws_cdk.aws_ec2 import Peer, Port

ANYWHERE = "0.0.0.0/0"

sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(3389))  # expect: NET006
sg.add_ingress_rule(Peer.ipv4(ANYWHERE), Port.tcp(22))  # expect: NET006
sg.add_ingress_rule(cdk.aws_ec2.Peer.any_ipv4(), cdk.aws_ec2.Port.RDP)  # expect: NET006
