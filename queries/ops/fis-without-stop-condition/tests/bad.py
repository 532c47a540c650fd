from aws_cdk import Stack
from aws_cdk import aws_fis as fis
from constructs import Construct


class ResilienceStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, role_arn: str) -> None:
        super().__init__(scope, construct_id)
        fis.CfnExperimentTemplate(  # expect: OPS002 warning
            self,
            "Failover",
            description="Test failover",
            role_arn=role_arn,
            targets={},
            actions={},
            tags={},
        )
        fis.CfnExperimentTemplate(
            self,
            "NoneSource",
            description="AZ outage",
            role_arn=role_arn,
            stop_conditions=[fis.CfnExperimentTemplate.ExperimentTemplateStopConditionProperty(source="none")],  # expect: OPS002
            targets={},
            actions={},
            tags={},
        )
        fis.CfnExperimentTemplate(self, "Dict", description="d", role_arn=role_arn, stop_conditions=[{"source": "none"}], targets={}, actions={}, tags={})  # expect: OPS002
        fis.CfnExperimentTemplate(self, "Empty", description="d", role_arn=role_arn, stop_conditions=[], targets={}, actions={}, tags={})  # expect: OPS002
