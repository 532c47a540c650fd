import boto3
from aws_cdk import Stack, aws_iam as iam


class PolicyStatement:
    def __init__(self, **kwargs):
        pass


class AppStack(Stack):
    def __init__(self, scope, construct_id, bucket, secret):
        super().__init__(scope, construct_id)
        iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("*")])
        iam.PolicyStatement(actions=["secretsmanager:GetSecretValue"], resources=[secret.secret_arn])
        iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteBucket"], resources=["*"])
        iam.PolicyDocument.from_json({"Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]})
        PolicyStatement(actions=["s3:GetObject"], resources=["*"])
        # A KMS key policy statement: `*` is the key itself.
        iam.PolicyStatement(principals=[iam.AccountRootPrincipal()], actions=["kms:*"], resources=["*"])
        iam.PolicyDocument.from_json({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*"}]})
        client = boto3.client("iam")
        client.put_role_policy(RoleName="r", PolicyName="p", PolicyDocument="{}")
