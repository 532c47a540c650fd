import json

import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class KeyStack(cdk.Stack):
    def __init__(self, scope, construct_id, fn):
        super().__init__(scope, construct_id)
        fn.add_to_role_policy(iam.PolicyStatement(
            # TODO: narrow
            actions=[
                "s3:*",  # expect: IAM003
                "sqs:*",  # expect: IAM003
            ],
            resources=["arn:aws:s3:::reports"],  # TODO
            conditions={"StringLike": {"kms:ViaService": "*"}},
        ))
        iam.PolicyDocument.from_json(json.dumps({
            "Statement": [
                {"Effect": "Allow", "Action": "logs:*", "Resource": "arn:aws:logs:us-east-1:1:log-group:app"},  # expect: IAM003
            ],
        }))
