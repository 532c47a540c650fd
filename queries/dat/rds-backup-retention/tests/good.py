import boto3
from aws_cdk import Duration, Stack
from aws_cdk import aws_rds as rds


class DatabaseInstance:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class DatabaseStack(Stack):
    def __init__(self, scope, construct_id, vpc, **db_props):
        super().__init__(scope, construct_id)
        engine = rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16)
        primary = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, backup_retention=Duration.days(7))
        rds.DatabaseCluster(self, "Aurora", engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc=vpc,
                            backup=rds.BackupProps(retention=Duration.days(14)))
        rds.DatabaseCluster(self, "Aurora2", engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc=vpc,
                            backup={"retention": Duration.days(30)})
        rds.DatabaseInstanceReadReplica(self, "Replica", source_database_instance=primary, instance_type=None, vpc=vpc)
        rds.DatabaseInstance(self, "Spread", **db_props)
        DatabaseInstance(self, "Local", engine=engine)
        boto3.client("rds").describe_db_instances()
