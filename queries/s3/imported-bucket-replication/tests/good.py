from aws_cdk import Stack
from aws_cdk import aws_s3 as s3


class ReplicationStack(Stack):
    def __init__(self, scope, construct_id, role_arn) -> None:
        super().__init__(scope, construct_id)
        source = s3.Bucket(self, "Source", versioned=True)
        cfn_source = source.node.default_child
        cfn_source.replication_configuration = s3.CfnBucket.ReplicationConfigurationProperty(role=role_arn, rules=[])
        destination = s3.Bucket.from_bucket_name(self, "Destination", "replica-bucket")
        print(destination.bucket_arn)
