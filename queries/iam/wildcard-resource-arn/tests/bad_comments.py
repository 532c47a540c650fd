import json

import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class ExportStack(cdk.Stack):
    def __init__(self, scope, construct_id, fn):
        super().__init__(scope, construct_id)
        fn.add_to_role_policy(iam.PolicyStatement(
            # TODO: the exact buckets
            actions=["s3:GetObject"],  # TODO
            resources=[
                "arn:aws:s3:::reports-*",  # expect: IAM002
                f"arn:aws:secretsmanager:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}:secret:app/api-key-*",  # expect: IAM002
            ],
            conditions={"ArnLike": {"aws:SourceArn": "arn:aws:s3:::reports-*"}},
        ))
        iam.CfnManagedPolicy(
            self,  # TODO
            "Policy",  # TODO
            policy_document=json.dumps({
                "Statement": [
                    {"Effect": "Allow", "Action": "sns:Publish", "Resource": "arn:aws:sns:us-east-1:111122223333:*"},  # expect: IAM002
                ],
            }),
        )
