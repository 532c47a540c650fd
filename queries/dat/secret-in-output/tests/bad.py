from aws_cdk import CfnOutput, Stack
import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class DataStack(Stack):
    def __init__(self, scope, construct_id, db):
        super().__init__(scope, construct_id)
        secret = secretsmanager.Secret(self, "Api")
        CfnOutput(self, "ApiSecret", value=secret.secret_value.unsafe_unwrap())  # expect: DAT004 error
        cdk.CfnOutput(
            self,
            "DbPassword",
            value=db.secret.secret_value_from_json("password").to_string(),  # expect: DAT004 error
        )
        # seed 003 §3
        CfnOutput(self, "ApiSecretArn", value=secret.secret_arn)  # expect: DAT004 info
