import boto3
from aws_cdk import Stack
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_iam as iam


class Bucket:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class StorageStack(Stack):
    def __init__(self, scope, construct_id, **bucket_props):
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Secure", enforce_ssl=True)
        s3.Bucket(self, "Site", website_index_document="index.html")
        s3.Bucket(self, "Spread", **bucket_props)
        self.logs = s3.Bucket(self, "Logs")
        self.logs.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.DENY,
            principals=[iam.AnyPrincipal()],
            actions=["s3:*"],
            resources=[self.logs.bucket_arn, self.logs.arn_for_objects("*")],
            conditions={"Bool": {"aws:SecureTransport": "false"}},
        ))
        Bucket(self, "Local")
        boto3.resource("s3").Bucket("existing-bucket")
        s3.Bucket.from_bucket_name(self, "Imported", "existing-bucket")
