import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class ReportStack(cdk.Stack):
    def __init__(self, scope, construct_id, table):
        super().__init__(scope, construct_id)
        iam.PolicyStatement(
            actions=["dynamodb:Query"],
            resources=[table.table_arn],
            conditions={"StringLike": {"aws:ResourceTag/team": "*"}},
        )
        iam.PolicyStatement.from_json({
            "Effect": "Allow",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::reports/*",
            "Condition": {"StringLike": {"s3:prefix": "*"}},
        })
        guard = iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteBucket"])
        guard.add_resources("*")
