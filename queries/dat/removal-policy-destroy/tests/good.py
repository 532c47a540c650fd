import boto3
from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_lambda as _lambda


class AppStack(Stack):
    def __init__(self, scope, construct_id, is_prod: bool) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(
            self,
            "Assets",
            removal_policy=RemovalPolicy.RETAIN if is_prod else RemovalPolicy.DESTROY,
        )
        s3.Bucket(self, "Kept", removal_policy=RemovalPolicy.RETAIN)
        fn = _lambda.Function(self, "Fn", runtime=runtime, handler="index.handler", code=code)
        fn.apply_removal_policy(RemovalPolicy.DESTROY)
        Bucket(self, "Local", removal_policy=RemovalPolicy.DESTROY)


def handler(event, context):
    # boto3, not the CDK
    bucket = boto3.resource("s3").Bucket("x")
    bucket.objects.all().delete()


class Bucket:
    def __init__(self, scope, name, removal_policy=None):
        pass
