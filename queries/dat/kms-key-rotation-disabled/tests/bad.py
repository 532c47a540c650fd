from aws_cdk import Stack
from aws_cdk import aws_kms as kms
import aws_cdk.aws_kms as aws_kms
from aws_cdk.aws_kms import Key


class SecurityStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.kms_key = kms.Key(  # expect: DAT005
            self,
            "DataEncryptionKey",
            description="KMS key for encrypting data at rest",  # shown in the console
        )
        kms.Key(self, "Bare")  # expect: DAT005
        aws_kms.Key(self, "Off", enable_key_rotation=False)  # expect: DAT005
        Key(self, "Symmetric", key_spec=kms.KeySpec.SYMMETRIC_DEFAULT)  # expect: DAT005
