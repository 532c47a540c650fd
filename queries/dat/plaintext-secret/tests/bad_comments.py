import json

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class SecretsStack(cdk.Stack):
    def __init__(self, scope, construct_id, db_password):
        super().__init__(scope, construct_id)  # TODO
        secretsmanager.Secret(
            self,
            "ApiKey",
            # TODO: generate it
            secret_string_value=cdk.SecretValue.unsafe_plain_text(  # expect: DAT003
                json.dumps({"username": "admin", "password": "hunter2"})  # TODO
            ),
        )
        secretsmanager.Secret(
            self,
            "Conn",
            secret_object_value={
                # TODO
                "database": cdk.SecretValue.unsafe_plain_text("app"),
                "api_key": cdk.SecretValue.unsafe_plain_text(db_password),  # expect: DAT003
            },
        )
        secretsmanager.CfnSecret(
            self,
            "Raw",
            # TODO
            secret_string=json.dumps({"password": "hunter2"}),  # expect: DAT003
        )
