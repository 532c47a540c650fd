# cdklint-test-path: tests/test_storage.py
import aws_cdk as cdk
from aws_cdk import aws_s3 as s3


def test_bucket():
    stack = cdk.Stack()
    s3.Bucket(stack, "B", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
