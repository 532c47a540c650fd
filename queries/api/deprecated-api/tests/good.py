from aws_cdk import SecretValue, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from constructs import Construct


class Runtime:
    """A local class named like a CDK one."""

    NODEJS_14_X = "nodejs14.x"


class LocalSecret:
    @staticmethod
    def plain_text(s):
        return s


class AppStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb, vpc) -> None:
        super().__init__(scope, construct_id)
        # The current names.
        SecretValue.unsafe_plain_text("x")
        endpoint = ec2.InterfaceVpcEndpointAwsService.EMAIL_SMTP
        lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context): pass"),
            log_group=None,
        )
        # Lookalikes: local classes, and names of deprecated members on other things.
        r = Runtime.NODEJS_14_X
        LocalSecret.plain_text("x")
        # Same method name on a receiver whose class the file does not show.
        alb.metric_request_count()
        # Same method name on an unrelated CDK class.
        topic = sns.Topic(self, "Topic")
        topic.node.add_dependency(vpc)
        # `log_retention` on a construct whose props do not deprecate it.
        s3.Bucket(self, "B", log_retention=7)
        settings = {"log_retention": 7, "tag": "v1"}
        # The current sibling methods.
        bucket = s3.CfnBucket(self, "Bucket")
        bucket.add_resource_dependency(s3.CfnBucket(self, "Other"))
        self.add_stack_dependency(Stack(self, "S"))
