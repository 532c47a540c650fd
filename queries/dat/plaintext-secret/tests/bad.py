import json

from aws_cdk import SecretValue, Stack
from aws_cdk import aws_secretsmanager as secretsmanager
import aws_cdk.aws_rds as rds


class SecretsStack(Stack):
    def __init__(self, scope, construct_id, db_password):
        super().__init__(scope, construct_id)
        # seed 003 §1
        secretsmanager.Secret(
            self,
            "ApiKey",
            secret_string_value=SecretValue.unsafe_plain_text("placeholder-key"),  # expect: DAT003
        )
        secretsmanager.Secret(self, "Conn", secret_object_value={
            "database": SecretValue.unsafe_plain_text("app"),
            "password": SecretValue.unsafe_plain_text(db_password),  # expect: DAT003
        })
        rds.Credentials.from_password("admin", SecretValue.plain_text("P@ssw0rd!"))  # expect: DAT003
        rds.Credentials.from_password(username="admin", password=SecretValue.unsafe_plain_text(db_password))  # expect: DAT003
        secretsmanager.CfnSecret(self, "Raw", secret_string=json.dumps({"password": "hunter2"}))  # expect: DAT003
        self.token = SecretValue.unsafe_plain_text("ghp_abcdef")  # expect: DAT003
