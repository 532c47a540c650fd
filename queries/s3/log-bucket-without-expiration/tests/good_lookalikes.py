import boto3
from aws_cdk import aws_s3 as s3

logs = boto3.resource("s3").Bucket("logs")
s3.Bucket(self, "Data", server_access_logs_bucket=logs)
