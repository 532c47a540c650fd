# cdklint-test-path: tests/test_secrets.py
import aws_cdk as cdk
from aws_cdk import aws_rds as rds


def test_credentials():
    rds.Credentials.from_password("admin", cdk.SecretValue.unsafe_plain_text("test-password"))
