import aws_cdk as cdk
from aws_cdk import aws_s3 as s3


class ContentStack(cdk.Stack):
    def __init__(self, scope, construct_id, stage):
        super().__init__(scope, construct_id)
        s3.Bucket(
            self,  # TODO
            "Assets",  # TODO
            # TODO: drop the name
            removal_policy=cdk.RemovalPolicy.RETAIN,
            bucket_name=f"assets-{cdk.Aws.ACCOUNT_ID}",  # expect: S3002
        )
        s3.Bucket(self, "Exports", bucket_name="exports-%s" % stage)  # expect: S3002
        s3.CfnBucket(self, "Raw", bucket_name="raw-{}".format(stage))  # expect: S3002
