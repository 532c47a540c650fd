import boto3
from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_

restricted = ec2.SecurityGroup(self, "Restricted", vpc=vpc, allow_all_outbound=False)
plain = ec2.SecurityGroup(self, "Plain", vpc=vpc)
kw = ec2.SecurityGroup(self, "Kw", **sg_props)
lambda_.Function(self, "Fn", runtime=runtime, handler="index.handler", code=code, vpc=vpc, allow_all_outbound=True)
imported = ec2.SecurityGroup.from_security_group_id(self, "Imported", "sg-123", allow_all_outbound=True)
boto3.client("ec2").create_security_group(GroupName="g", Description="d")


class SecurityGroup:
    def __init__(self, scope, construct_id, allow_all_outbound=True):
        pass


SecurityGroup(self, "Local", allow_all_outbound=True)
