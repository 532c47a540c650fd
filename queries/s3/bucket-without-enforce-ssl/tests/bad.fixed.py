from aws_cdk import Stack
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_iam as iam


class StorageStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        s3.Bucket(self, "NoProps", enforce_ssl=True)  # expect: S3001
        self.logs = s3.Bucket(  # expect: S3001
            self,
            "Logs",
            encryption=s3.BucketEncryption.S3_MANAGED,
            versioned=True,
            enforce_ssl=True,
        )
        s3.Bucket(self, "Off", enforce_ssl=True)  # expect: S3001
        data = s3.Bucket(self, "Data", versioned=True, enforce_ssl=True)  # expect: S3001
        data.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["s3:GetObject"],
            principals=[iam.AccountRootPrincipal()],
            resources=[data.arn_for_objects("*")],
        ))
