from aws_cdk import Duration, Stack
from aws_cdk import aws_rds as rds
import aws_cdk.aws_ec2 as ec2


class DatabaseStack(Stack):
    def __init__(self, scope, construct_id, vpc: ec2.IVpc):
        super().__init__(scope, construct_id)
        engine = rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16)
        self.db_instance = rds.DatabaseInstance(self, "DbInstance", engine=engine, vpc=vpc)  # expect: DAT002 info
        rds.DatabaseInstance(self, "Short", engine=engine, vpc=vpc, backup_retention=Duration.days(1))  # expect: DAT002 warning
        rds.DatabaseCluster(  # expect: DAT002 info
            self,
            "Aurora",
            engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
            vpc=vpc,
        )
        rds.DatabaseCluster(
            self,
            "Aurora2",
            engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
            vpc=vpc,
            backup=rds.BackupProps(retention=Duration.days(2)),  # expect: DAT002 warning
        )
        rds.DatabaseCluster(self, "Aurora3", engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc=vpc, backup=rds.BackupProps(preferred_window="03:00-04:00"))  # expect: DAT002 info
