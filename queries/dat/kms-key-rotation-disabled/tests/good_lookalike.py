import aws_cdk as cdk
from aws_cdk import aws_kms as kms


class Key:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class KeyStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        Key(self, "Local", enable_key_rotation=False)
        kms.Key(self, "Rotated", enable_key_rotation=True)  # TODO
        kms.Key(self, "Hmac", key_spec=kms.KeySpec.HMAC_256)
