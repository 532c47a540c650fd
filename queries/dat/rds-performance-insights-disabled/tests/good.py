import boto3
from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds


class DatabaseStack(Stack):
    def __init__(self, scope, construct_id, vpc, **db_props):
        super().__init__(scope, construct_id)
        engine = rds.DatabaseInstanceEngine.MYSQL
        rds.DatabaseInstance(self, "On", engine=engine, vpc=vpc, enable_performance_insights=True)
        rds.DatabaseInstance(self, "Retention", engine=engine, vpc=vpc,
                             performance_insight_retention=rds.PerformanceInsightRetention.DEFAULT)
        rds.DatabaseInstance(self, "Micro", engine=engine, vpc=vpc,
                             instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO))
        rds.DatabaseInstance(self, "Spread", **db_props)
        boto3.client("pi").describe_dimension_keys(ServiceType="RDS", Identifier="db-1", StartTime=0, EndTime=1, Metric="db.load.avg", GroupBy={"Group": "db.sql"})
