from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_s3 as s3
import aws_cdk.aws_dynamodb as dynamodb
from aws_cdk.aws_secretsmanager import Secret
from constructs import Construct


class StorageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(
            self,
            "Uploads",
            removal_policy=RemovalPolicy.DESTROY,  # expect: DAT001 info
            auto_delete_objects=True,
        )
        s3.Bucket(self, "Scratch", auto_delete_objects=True)  # expect: DAT001
        table = dynamodb.Table(self, "Orders", partition_key=key)
        table.apply_removal_policy(RemovalPolicy.DESTROY)  # expect: DAT001
        self.secret = Secret(self, "Token")
        self.secret.apply_removal_policy(RemovalPolicy.DESTROY)  # expect: DAT001
