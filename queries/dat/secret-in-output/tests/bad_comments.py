import json

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class DataStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)  # TODO
        secret = secretsmanager.Secret(self, "Api")
        cdk.CfnOutput(
            self,
            # TODO: remove
            "ApiSecret",
            value=json.dumps({"password": secret.secret_value_from_json("password").unsafe_unwrap()}),  # expect: DAT004 error
        )
        cdk.CfnOutput(
            self,
            "Arn",
            # TODO
            value=secret.secret_full_arn,  # expect: DAT004 info
        )
