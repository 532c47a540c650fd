from aws_cdk import Stack, Duration
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from constructs import Construct


class LogsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc, alb) -> None:
        super().__init__(scope, construct_id)
        access_logs = s3.Bucket(self, "AccessLogs", enforce_ssl=True)  # expect: S3004 info
        s3.Bucket(self, "Data", server_access_logs_bucket=access_logs)
        alb_logs = s3.Bucket(  # expect: S3004
            self,
            "AlbLogs",
            lifecycle_rules=[s3.LifecycleRule(transitions=[s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=Duration.days(30))])],
        )
        alb.log_access_logs(alb_logs)
        flow_logs = s3.Bucket(self, "FlowLogs")  # expect: S3004
        ec2.FlowLog(self, "Flow", resource_type=ec2.FlowLogResourceType.from_vpc(vpc), destination=ec2.FlowLogDestination.to_s3(flow_logs))
