from aws_cdk import Duration, aws_rds as rds

ok = rds.DatabaseInstance(self, "Ok", engine=engine, vpc=vpc, backup_retention=Duration.days(7))
typing = rds.DatabaseInstance(self, "Typing", engine=engine, vpc=vpc, backup_retention=Duration.days(
