from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class NetworkStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, role) -> None:
        super().__init__(scope, construct_id)
        vpc = ec2.Vpc(self, "Vpc")
        ec2.FlowLog(
            self,
            "FlowLog",
            resource_type=ec2.FlowLogResourceType.from_vpc(vpc),
            destination=ec2.FlowLogDestination.to_cloud_watch_logs(),  # expect: NET007 info
        )
        vpc.add_flow_log("WithRole", destination=ec2.FlowLogDestination.to_cloud_watch_logs(iam_role=role))  # expect: NET007
        vpc.add_flow_log("Nothing", destination=ec2.FlowLogDestination.to_cloud_watch_logs(None, role))  # expect: NET007
        vpc.add_flow_log("KwNone", destination=ec2.FlowLogDestination.to_cloud_watch_logs(log_group=None))  # expect: NET007
