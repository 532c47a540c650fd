import aws_cdk as cdk
from aws_cdk import aws_config as config
from constructs import Construct


class ConfigStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        config.ManagedRule(
            self,
            "Encrypted",
            identifier=config.ManagedRuleIdentifiers.EC2_EBS_ENCRYPTION_BY_DEFAULT,
        )
