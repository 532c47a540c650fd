# cdklint-test-path: tests/test_network.py
from aws_cdk import aws_ec2 as ec2

# Test files deploy nothing: not linted.
destination = ec2.FlowLogDestination.to_cloud_watch_logs()
