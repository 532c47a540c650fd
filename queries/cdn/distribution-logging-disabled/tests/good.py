import boto3
from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(self, "A", default_behavior=behavior, enable_logging=True)
cloudfront.Distribution(self, "B", default_behavior=behavior, log_bucket=log_bucket)
cloudfront.Distribution(self, "C", **distribution_props)
boto3.client("cloudfront").get_distribution(Id="x")


class Distribution:
    def __init__(self, scope, name, **kwargs):
        pass


Distribution(self, "Local", default_behavior=behavior)
