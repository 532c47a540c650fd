import aws_cdk as cdk
from aws_cdk import aws_rds as rds


class DatabaseStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc):
        super().__init__(scope, construct_id)  # TODO
        engine = rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16)  # TODO
        rds.DatabaseInstance(  # expect: DAT002 info
            self,
            # TODO
            "Db",
            engine=engine,  # TODO
            vpc=vpc,
        )
        rds.DatabaseInstance(
            self,
            "Short",
            engine=engine,
            # TODO: a week
            backup_retention=cdk.Duration.days(3),  # expect: DAT002 warning
            vpc=vpc,
        )
        rds.DatabaseCluster(
            self,
            "Aurora",
            engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
            backup={
                # TODO
                "retention": cdk.Duration.days(0),  # expect: DAT002 warning
            },
            vpc=vpc,
        )
