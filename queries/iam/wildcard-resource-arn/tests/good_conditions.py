import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class ExportStack(cdk.Stack):
    def __init__(self, scope, construct_id, fn, bucket_arn):
        super().__init__(scope, construct_id)
        iam.PolicyStatement(
            actions=["s3:GetObject"],
            resources=[bucket_arn],
            conditions={"ArnLike": {"aws:SourceArn": f"arn:aws:execute-api:{self.region}:{self.account}:*/*"}},
        )
        fn.add_permission("Invoke", principal=iam.ServicePrincipal("apigateway.amazonaws.com"), source_arn="arn:aws:execute-api:us-east-1:111122223333:api/*")
