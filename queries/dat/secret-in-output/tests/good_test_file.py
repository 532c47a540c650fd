# cdklint-test-path: tests/test_outputs.py
import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


def test_outputs():
    stack = cdk.Stack()
    secret = secretsmanager.Secret(stack, "S")
    cdk.CfnOutput(stack, "Arn", value=secret.secret_arn)
