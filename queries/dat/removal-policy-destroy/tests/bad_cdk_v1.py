from aws_cdk import core
from aws_cdk.core import RemovalPolicy
import aws_cdk.aws_s3 as s3


class LegacyStack(core.Stack):
    def __init__(self, scope: core.Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Logs", removal_policy=RemovalPolicy.DESTROY)  # expect: DAT001
        s3.Bucket(self, "More", removal_policy=core.RemovalPolicy.DESTROY)  # expect: DAT001
