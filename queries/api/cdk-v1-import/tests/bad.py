from aws_cdk import core  # expect: API002
from aws_cdk import (  # expect: API002
    aws_ec2 as ec2,
    aws_s3 as s3,
)
import aws_cdk.aws_iam as iam  # expect: API002
from aws_cdk.aws_lambda import Function, Runtime  # expect: API002
from constructs import Construct


class AppStack(core.Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Bucket")
