from aws_cdk import RemovalPolicy
from aws_cdk import aws_s3 as s3

s3.Bucket(self, "Half", removal_policy=RemovalPolicy.
