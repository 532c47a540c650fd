# CDK v2: `aws_cdk.aws_s3` and `from aws_cdk import aws_s3` exist in both versions; without
# `aws_cdk.core` this is v2 code.
import aws_cdk as core
import aws_cdk.aws_s3 as s3
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_lambda_python_alpha import PythonFunction
from constructs import Construct

score = "core"


class AppStack(core.Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Bucket")
