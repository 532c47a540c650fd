import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from constructs import Construct


class RemovalPolicy:
    DESTROY = "destroy"


class Table:
    def __init__(self, scope, construct_id, removal_policy=None):
        pass

    def apply_removal_policy(self, policy):
        pass


class AppStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, is_prod: bool) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Local", removal_policy=RemovalPolicy.DESTROY)
        table = Table(self, "T", removal_policy=cdk.RemovalPolicy.DESTROY)
        table.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
        s3.Bucket(
            self,
            "Cache",
            removal_policy=cdk.RemovalPolicy.RETAIN if is_prod else cdk.RemovalPolicy.DESTROY,  # TODO
            auto_delete_objects=True,
        )
        s3.Bucket(self, "Kept", removal_policy=cdk.RemovalPolicy.RETAIN)  # TODO
