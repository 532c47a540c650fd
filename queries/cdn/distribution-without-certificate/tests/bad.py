from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
from constructs import Construct


class EdgeStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, origin, domain_name: str) -> None:
        super().__init__(scope, construct_id)
        cloudfront.Distribution(
            self,
            "Cdn",
            default_behavior=cloudfront.BehaviorOptions(origin=origin),
            domain_names=[domain_name],  # expect: CDN002 error
        )
        cloudfront.Distribution(
            self,
            "Placeholder",
            default_behavior=cloudfront.BehaviorOptions(origin=origin),
            certificate=None,  # expect: CDN002
        )
