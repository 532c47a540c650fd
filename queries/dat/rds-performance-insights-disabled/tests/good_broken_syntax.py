from aws_cdk import aws_rds as rds

ok = rds.DatabaseInstance(self, "Ok", engine=engine, vpc=vpc, enable_performance_insights=True)
typing = rds.DatabaseInstance(self, "Typing", engine=engine, vpc=vpc, enable_performance_insights=
