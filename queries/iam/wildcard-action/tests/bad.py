from aws_cdk import Stack
import aws_cdk.aws_iam as iam


class KeyStack(Stack):
    def __init__(self, scope, construct_id, fn, key):
        super().__init__(scope, construct_id)
        fn.add_to_role_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["kms:*"],  # expect: IAM003
            resources=[key.key_arn],
        ))
        stmt = iam.PolicyStatement(actions=["*"], resources=["arn:aws:s3:::x"])  # expect: IAM003
        stmt.add_actions("sqs:*")  # expect: IAM003
        key.grant(fn, "kms:*")  # expect: IAM003
        iam.PolicyStatement.from_json({"Effect": "Allow", "Action": ["es:*"], "Resource": ["arn:aws:es:us-east-1:1:domain/d"]})  # expect: IAM003
