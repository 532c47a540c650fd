from aws_cdk import aws_ec2 as ec2

ec2.Vpc(self, "One", nat_gateways=1)
ec2.Vpc(self, "Two", nat_gateways=2
