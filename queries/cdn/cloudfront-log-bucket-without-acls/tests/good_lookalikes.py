import boto3
from aws_cdk import aws_cloudfront as cloudfront

logs = boto3.resource("s3").Bucket("logs")
cloudfront.Distribution(self, "Cdn", default_behavior=behavior, log_bucket=logs)
