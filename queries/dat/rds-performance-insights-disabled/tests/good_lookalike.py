import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds


class DatabaseInstance:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class DatabaseStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc):
        super().__init__(scope, construct_id)
        DatabaseInstance(self, "Local", vpc=vpc, enable_performance_insights=False)
        rds.DatabaseInstance(self, "On", vpc=vpc, enable_performance_insights=True)  # TODO
        rds.DatabaseInstance(self, "Micro", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"))
