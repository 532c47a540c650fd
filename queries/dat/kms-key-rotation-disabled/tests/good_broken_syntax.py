from aws_cdk import aws_kms as kms

ok = kms.Key(self, "Ok", enable_key_rotation=True)
typing = kms.Key(self, "Typing", enable_key_rotation=
