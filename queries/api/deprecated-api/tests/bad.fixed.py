from aws_cdk import SecretValue, Stack
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from constructs import Construct


class AppStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, other: Stack, vpc) -> None:
        super().__init__(scope, construct_id)
        # A static method, renamed with the same signature.
        password = SecretValue.unsafe_plain_text("not-a-secret")  # expect: API001
        # A static property, renamed (the same endpoint service).
        endpoint = ec2.InterfaceVpcEndpointAwsService.EMAIL_SMTP  # expect: API001
        # An enum member, renamed (a typo fixed).
        metric = appscaling.PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION  # expect: API001
        lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.NODEJS_14_X,  # expect: API001
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context): pass"),
            log_retention=7,  # expect: API001
        )
        # A prop of an image code's props, renamed.
        lambda_.Code.from_ecr_image(repo, tag_or_digest="v1")  # expect: API001
        # The props struct class itself (Python instantiates structs).
        options = lambda_.EcrImageCodeProps(tag_or_digest="v1")  # expect: API001
        # Instance methods on receivers bound in this file, and on `self`.
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
        alb.metric_request_count()  # expect: API001
        bucket = s3.CfnBucket(self, "Bucket")
        bucket.add_resource_dependency(s3.CfnBucket(self, "Other"))  # expect: API001
        self.add_stack_dependency(other)  # expect: API001
        # A deprecated class.
        cloudfront.CloudFrontWebDistribution(self, "Dist", origin_configs=[])  # expect: API001
