import json

import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class ReportStack(cdk.Stack):
    def __init__(self, scope, construct_id, fn):
        super().__init__(scope, construct_id)
        fn.add_to_role_policy(iam.PolicyStatement(
            # TODO: scope down
            actions=["ce:GetCostAndUsage", "sts:GetServiceBearerToken"],  # TODO
            resources=["*"],  # expect: IAM001 info
        ))
        fn.add_to_role_policy(iam.PolicyStatement(
            actions=["dynamodb:Query"],  # TODO
            resources=["*"],  # expect: IAM001 warning
            conditions={"StringLike": {"aws:ResourceTag/team": "*"}},
        ))
        iam.PolicyDocument.from_json(json.dumps({
            "Statement": [
                {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"},  # expect: IAM001 warning
            ],
        }))
