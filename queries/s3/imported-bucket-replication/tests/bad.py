from typing import cast

from aws_cdk import Stack
from aws_cdk import aws_s3 as s3
from constructs import Construct


class ReplicationStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, role_arn: str) -> None:
        super().__init__(scope, construct_id)
        source = s3.Bucket.from_bucket_name(self, "Source", "existing-bucket")
        cfn_source = source.node.default_child
        cfn_source.replication_configuration = s3.CfnBucket.ReplicationConfigurationProperty(  # expect: S3003 error
            role=role_arn, rules=[]
        )
        other = s3.Bucket.from_bucket_arn(self, "Other", "arn:aws:s3:::other")
        cfn_other = cast(s3.CfnBucket, other.node.default_child)  # expect: S3003
