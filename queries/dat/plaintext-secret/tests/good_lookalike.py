import json

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class SecretValue:
    @staticmethod
    def unsafe_plain_text(s):
        return s


class SecretsStack(cdk.Stack):
    def __init__(self, scope, construct_id, token):
        super().__init__(scope, construct_id)
        SecretValue.unsafe_plain_text("not-the-cdk")
        secretsmanager.Secret(
            self,
            "FromToken",
            secret_string_value=cdk.SecretValue.unsafe_plain_text(json.dumps({"username": "admin", "password": token})),
        )
        secretsmanager.Secret(self, "Generated", generate_secret_string=secretsmanager.SecretStringGenerator())  # TODO
