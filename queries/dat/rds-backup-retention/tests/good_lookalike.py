import aws_cdk as cdk
from aws_cdk import aws_rds as rds


class DatabaseInstance:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class DatabaseStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc, backup: rds.BackupProps):
        super().__init__(scope, construct_id)
        DatabaseInstance(self, "Local", vpc=vpc)
        rds.DatabaseInstance(self, "Db", vpc=vpc, backup_retention=cdk.Duration.days(7))  # TODO
        rds.DatabaseCluster(self, "Aurora", vpc=vpc, backup=rds.BackupProps(retention=cdk.Duration.days(14)))
        rds.DatabaseCluster(self, "Hidden", vpc=vpc, backup=backup)
