import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds


class DatabaseStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc):
        super().__init__(scope, construct_id)  # TODO
        rds.DatabaseInstance(  # expect: DAT006
            self,
            # TODO
            "Db",
            engine=rds.DatabaseInstanceEngine.MYSQL,  # TODO
            instance_type=ec2.InstanceType("r6g.large"),
            vpc=vpc,
        )
        rds.DatabaseInstance(
            self,
            "Off",
            vpc=vpc,
            # TODO
            enable_performance_insights=False,  # expect: DAT006
        )
