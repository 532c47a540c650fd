import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


class NetworkStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc, role):
        super().__init__(scope, construct_id)
        vpc.add_flow_log(
            "All",  # TODO
            destination=ec2.FlowLogDestination.to_cloud_watch_logs(  # expect: NET007
                # TODO: a log group with retention
                iam_role=role,
            ),
        )
