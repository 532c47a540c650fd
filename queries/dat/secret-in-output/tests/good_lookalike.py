import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class CfnOutput:
    def __init__(self, scope, construct_id, value=None):
        pass


class DataStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        secret = secretsmanager.Secret(self, "Api")
        CfnOutput(self, "Local", value=secret.secret_value.unsafe_unwrap())
        cdk.CfnOutput(self, "SecretName", value=secret.secret_name)  # TODO
