import boto3
from aws_cdk import aws_ec2 as ec2, aws_logs as logs

group = logs.LogGroup(self, "FlowLogs", retention=logs.RetentionDays.ONE_MONTH)
a = ec2.FlowLogDestination.to_cloud_watch_logs(group)
b = ec2.FlowLogDestination.to_cloud_watch_logs(log_group=group, iam_role=role)
c = ec2.FlowLogDestination.to_cloud_watch_logs(**options)
d = ec2.FlowLogDestination.to_s3(bucket)
boto3.client("ec2").create_flow_logs(ResourceIds=["vpc-1"], LogDestinationType="cloud-watch-logs")


class FlowLogDestination:
    @staticmethod
    def to_cloud_watch_logs():
        return None


e = FlowLogDestination.to_cloud_watch_logs()
