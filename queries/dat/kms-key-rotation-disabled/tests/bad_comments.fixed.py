import aws_cdk as cdk
from aws_cdk import aws_kms as kms


class KeyStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)  # TODO
        kms.Key(  # expect: DAT005
            self,
            # TODO
            "Data",
            description="data",  # TODO
            enable_key_rotation=True,
        )
        kms.Key(
            self,
            "Off",
            # TODO
            enable_key_rotation=True,  # expect: DAT005
        )
