from aws_cdk import Stack, aws_iam as iam
from constructs import Construct


class AppStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_to_policy(
            iam.PolicyStatement(
                actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                resources=["*"],  # expect: IAM001 warning
            )
        )
        role.add_to_policy(
            iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                resources=["*"],  # expect: IAM001 info
                actions=["xray:PutTraceSegments", "ec2:Describe*"],
            )
        )
        stmt = iam.PolicyStatement(actions=["sqs:SendMessage"])
        stmt.add_resources("*")  # expect: IAM001
        stmt.add_all_resources()  # expect: IAM001
        iam.PolicyStatement.from_json({
            "Effect": "Allow",
            "Action": ["s3:GetObject"],
            "Resource": "*",  # expect: IAM001 warning
        })
        iam.PolicyDocument.from_json({
            "Statement": [
                {"Effect": "Allow", "Action": "sts:GetCallerIdentity", "Resource": "*"},  # expect: IAM001 info
            ]
        })
