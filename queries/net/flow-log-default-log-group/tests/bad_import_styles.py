import aws_cdk as cdk
from aws_cdk.aws_ec2 import FlowLogDestination

a = FlowLogDestination.to_cloud_watch_logs()  # expect: NET007
b = cdk.aws_ec2.FlowLogDestination.to_cloud_watch_logs()  # expect: NET007
