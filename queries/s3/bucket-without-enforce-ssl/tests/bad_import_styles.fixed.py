import aws_cdk.aws_s3 as s3
from aws_cdk.aws_s3 import Bucket
import aws_cdk as cdk


def buckets(scope):
    s3.Bucket(scope, "A", versioned=True, enforce_ssl=True)  # expect: S3001
    Bucket(scope, "B", enforce_ssl=True)  # expect: S3001
    cdk.aws_s3.Bucket(scope, "C", versioned=True, enforce_ssl=True,)  # expect: S3001
