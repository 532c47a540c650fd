# cdklint-test-path: tests/test_keys.py
import aws_cdk as cdk
from aws_cdk import aws_kms as kms


def test_key():
    stack = cdk.Stack()
    kms.Key(stack, "Key")
