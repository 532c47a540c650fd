from aws_cdk import aws_ec2 as ec2

ok = ec2.FlowLogDestination.to_cloud_watch_logs(group)
vpc.add_flow_log("x", destination=ec2.FlowLogDestination.to_cloud_watch_logs(
