from aws_cdk import Stack
import aws_cdk.aws_rds as rds
from aws_cdk.aws_rds import DatabaseInstance, DatabaseInstanceEngine


class DatabaseStack(Stack):
    def __init__(self, scope, construct_id, vpc):
        super().__init__(scope, construct_id)
        self.db_instance = rds.DatabaseInstance(self, "DbInstance", engine=DatabaseInstanceEngine.MYSQL, vpc=vpc)  # expect: DAT006
        DatabaseInstance(
            self,
            "Off",
            engine=DatabaseInstanceEngine.MYSQL,
            vpc=vpc,
            enable_performance_insights=False,  # expect: DAT006
        )
