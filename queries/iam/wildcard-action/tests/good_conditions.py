import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class KeyStack(cdk.Stack):
    def __init__(self, scope, construct_id, key):
        super().__init__(scope, construct_id)
        iam.PolicyStatement(
            actions=["kms:Decrypt"],
            resources=[key.key_arn],
            conditions={"StringLike": {"kms:ViaService": "*"}},
        )
        iam.PolicyStatement(principals=[iam.AccountRootPrincipal()], actions=["kms:*"], resources=["*"])
        deny = iam.PolicyStatement(effect=iam.Effect.DENY, resources=["*"])
        deny.add_actions("s3:*")
