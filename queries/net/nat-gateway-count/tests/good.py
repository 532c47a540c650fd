import boto3
from aws_cdk import aws_ec2 as ec2

ec2.Vpc(self, "One", nat_gateways=1)
ec2.Vpc(self, "None", nat_gateways=0)
ec2.Vpc(self, "PerEnv", nat_gateways=3 if is_prod else 1)
ec2.Vpc(self, "Kw", **settings)
config = {"nat_gateways": 2}
boto3.client("ec2").create_nat_gateway(SubnetId="subnet-1")


class Vpc:
    def __init__(self, scope, construct_id, nat_gateways=1):
        pass


Vpc(self, "Local", nat_gateways=2)
