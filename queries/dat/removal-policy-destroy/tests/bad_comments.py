import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_logs as logs
from constructs import Construct


class DataStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(
            self,  # TODO
            "Uploads",
            # TODO: retention
            removal_policy=cdk.RemovalPolicy.DESTROY,  # expect: DAT001
            # TODO
            auto_delete_objects=True,
        )
        s3.Bucket(
            self,
            "Scratch",
            # TODO
            auto_delete_objects=True,  # expect: DAT001
        )
        dynamodb.Table(
            self,
            "Orders",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),  # TODO
            removal_policy=(cdk.RemovalPolicy.DESTROY),  # expect: DAT001
        )
        log_group = logs.LogGroup(self, "Logs")  # TODO
        log_group.apply_removal_policy(
            # TODO
            cdk.RemovalPolicy.DESTROY,  # expect: DAT001
        )
