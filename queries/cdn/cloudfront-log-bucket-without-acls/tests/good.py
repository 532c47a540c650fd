from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_s3 as s3


class CdnStack(Stack):
    def __init__(self, scope, construct_id, behavior, log_bucket, **bucket_kwargs) -> None:
        super().__init__(scope, construct_id)
        writer = s3.Bucket(self, "Writer", object_ownership=s3.ObjectOwnership.OBJECT_WRITER)
        cloudfront.Distribution(self, "A", default_behavior=behavior, log_bucket=writer)
        cloudfront.Distribution(self, "B", default_behavior=behavior, log_bucket=log_bucket)
        hidden = s3.Bucket(self, "Hidden", **bucket_kwargs)
        cloudfront.Distribution(self, "C", default_behavior=behavior, log_bucket=hidden)
