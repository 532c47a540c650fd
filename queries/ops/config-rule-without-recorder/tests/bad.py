import aws_cdk as cdk
from aws_cdk import aws_config as config
from constructs import Construct


class ComplianceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        config.ManagedRule(  # expect: OPS001 info
            self, "Encrypted", identifier=config.ManagedRuleIdentifiers.EC2_EBS_ENCRYPTION_BY_DEFAULT
        )
        config.CloudFormationStackDriftDetectionCheck(self, "Drift")  # expect: OPS001
