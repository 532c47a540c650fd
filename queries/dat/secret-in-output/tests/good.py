import boto3
from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_secretsmanager as secretsmanager


class DataStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        secret = secretsmanager.Secret(self, "Api")
        CfnOutput(self, "SecretName", value=secret.secret_name)
        CfnOutput(self, "Description", value="see secret_arn in the console", description="secret_value docs")
        boto3.client("cloudformation").describe_stacks(StackName="DataStack")
