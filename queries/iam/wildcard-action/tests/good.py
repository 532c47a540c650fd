import boto3
from aws_cdk import Stack, aws_iam as iam


def actions(**kwargs):
    return kwargs


class KeyStack(Stack):
    def __init__(self, scope, construct_id, fn, key):
        super().__init__(scope, construct_id)
        fn.add_to_role_policy(iam.PolicyStatement(actions=["kms:Decrypt", "kms:GenerateDataKey*"], resources=[key.key_arn]))
        iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:*"], resources=["*"])
        iam.PolicyDocument.from_json({"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]})
        key.grant(fn, "kms:Decrypt")
        iam.PolicyDocument.from_json({"Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{self.account}:root"}, "Action": "kms:*", "Resource": "*"}]})
        boto3.client("iam").simulate_principal_policy(PolicySourceArn="arn", ActionNames=["s3:GetObject"])
