from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
import aws_cdk.aws_cloudfront as cf
from aws_cdk.aws_cloudfront import Distribution
from constructs import Construct


class EdgeStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, origin) -> None:
        super().__init__(scope, construct_id)
        cloudfront.Distribution(  # expect: CDN004 info
            self,
            "Cdn",
            default_behavior=cloudfront.BehaviorOptions(origin=origin),
        )
        cf.Distribution(self, "Off", default_behavior=cf.BehaviorOptions(origin=origin), enable_logging=False)  # expect: CDN004
        Distribution(self, "Named", default_behavior=cf.BehaviorOptions(origin=origin))  # expect: CDN004
