import aws_cdk as cdk
from aws_cdk import aws_rds as rds


class ProductionDatabaseStack(cdk.Stack):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        rds.DatabaseInstance(self, "Db", engine=engine, removal_policy=cdk.RemovalPolicy.RETAIN)  # expect: DAT001 error
