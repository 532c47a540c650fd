from aws_cdk import aws_ec2 as ec2

sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22)
