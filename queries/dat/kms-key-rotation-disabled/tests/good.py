import boto3
from aws_cdk import Stack
from aws_cdk import aws_kms as kms


class Key:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class SecurityStack(Stack):
    def __init__(self, scope, construct_id, **key_props):
        super().__init__(scope, construct_id)
        kms.Key(self, "Rotated", enable_key_rotation=True)
        kms.Key(self, "Signing", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
        kms.Key(self, "Spread", **key_props)
        kms.Key.from_key_arn(self, "Imported", "arn:aws:kms:us-east-1:111122223333:key/abc")
        Key(self, "Local")
        boto3.client("kms").create_key()
