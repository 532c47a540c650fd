"""arn:aws:s3:::* in a docstring is documentation, but starts the string with text first."""
import boto3
from aws_cdk import Aws, Stack
from aws_cdk import aws_iam as iam


class ExportStack(Stack):
    def __init__(self, scope, construct_id, bucket, table_name):
        super().__init__(scope, construct_id)
        iam.PolicyStatement(
            actions=["s3:GetObject"],
            resources=[bucket.arn_for_objects("*"), f"{bucket.bucket_arn}/*", f"arn:aws:s3:::{bucket.bucket_name}/*"],
        )
        iam.PolicyStatement(
            actions=["dynamodb:GetRecords"],
            resources=[f"arn:aws:dynamodb:{Aws.REGION}:{Aws.ACCOUNT_ID}:table/{table_name}/stream/*"],
        )
        iam.PolicyStatement(
            actions=["logs:PutLogEvents"],
            resources=[f"arn:aws:logs:{Aws.REGION}:{Aws.ACCOUNT_ID}:log-group:/aws/lambda/fn:*"],
        )
        boto3.client("s3").list_objects_v2(Bucket="b", Prefix="x/*")
