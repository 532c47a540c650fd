from aws_cdk import aws_ec2 as ec2

ok = ec2.Vpc(self, "Ok", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))
half = ec2.Vpc(self, "Half", cidr=
