import boto3
from aws_cdk import aws_s3 as s3

bucket = boto3.resource("s3").Bucket("x")
bucket.replication_configuration = {}
s3.Bucket(self, "B")
