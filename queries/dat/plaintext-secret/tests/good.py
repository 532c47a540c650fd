import boto3
from aws_cdk import SecretValue, Stack
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_rds as rds


class SecretsStack(Stack):
    def __init__(self, scope, construct_id, user, access_key):
        super().__init__(scope, construct_id)
        secretsmanager.Secret(self, "Generated", generate_secret_string=secretsmanager.SecretStringGenerator(password_length=32))
        rds.Credentials.from_generated_secret("admin")
        secretsmanager.Secret(self, "UserCreds", secret_object_value={
            "username": SecretValue.unsafe_plain_text(user.user_name),
            "database": SecretValue.unsafe_plain_text("foo"),
            "password": access_key.secret_access_key,
        })
        SecretValue.secrets_manager("prod/db", json_field="password")
        password = f"{user.user_name}-suffix"
        boto3.client("secretsmanager").get_secret_value(SecretId="prod/db")
