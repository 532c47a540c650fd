from aws_cdk import Aws, Stack
from aws_cdk import aws_iam as iam


class ExportStack(Stack):
    def __init__(self, scope, construct_id, env_name):
        super().__init__(scope, construct_id)
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_to_policy(iam.PolicyStatement(
            actions=["s3:GetObject"],
            resources=["arn:aws:s3:::content-*"],  # expect: IAM002
        ))
        role.add_to_policy(iam.PolicyStatement(
            actions=["secretsmanager:GetSecretValue"],
            resources=[f"arn:aws:secretsmanager:{Aws.REGION}:{Aws.ACCOUNT_ID}:secret:{env_name}/*"],  # expect: IAM002
        ))
        role.add_to_policy(iam.PolicyStatement(
            actions=["sts:AssumeRole"],
            resources=["arn:aws:iam::111122223333:role/*-prod-*"],  # expect: IAM002
        ))
        iam.PolicyStatement(
            actions=["bedrock:InvokeModel"],
            resources=["arn:aws:bedrock:*::foundation-model/*"],  # expect: IAM002
        )
