import boto3
from aws_cdk import PhysicalName, Stack
from aws_cdk import aws_s3 as s3


class Bucket:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class ContentStack(Stack):
    def __init__(self, scope, construct_id, bucket_name):
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Generated", enforce_ssl=True)
        s3.Bucket(self, "FromProps", bucket_name=bucket_name)
        s3.Bucket(self, "Physical", bucket_name=PhysicalName.GENERATE_IF_NEEDED)
        s3.Bucket.from_bucket_name(self, "Imported", "existing-bucket")
        s3.Bucket.from_bucket_attributes(self, "Imported2", bucket_name="existing-bucket")
        Bucket(self, "Local", bucket_name="local")
        boto3.resource("s3").Bucket("existing-bucket")
        boto3.client("s3").create_bucket(Bucket="my-bucket")
