from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_s3
from constructs import Construct


class CdnStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, behavior) -> None:
        super().__init__(scope, construct_id)
        logs = aws_s3.Bucket(self, "CdnLogs", enforce_ssl=True, object_ownership=aws_s3.ObjectOwnership.OBJECT_WRITER)  # expect: CDN007 error
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, enable_logging=True, log_bucket=logs)
        web_logs = aws_s3.Bucket(self, "WebLogs", object_ownership=aws_s3.ObjectOwnership.OBJECT_WRITER)  # expect: CDN007
        cloudfront.CloudFrontWebDistribution(
            self,
            "Web",
            origin_configs=[],
            logging_config=cloudfront.LoggingConfiguration(bucket=web_logs, prefix="web/"),
        )
