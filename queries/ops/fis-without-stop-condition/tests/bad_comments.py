from aws_cdk import Stack
from aws_cdk import aws_fis as fis


class ChaosStack(Stack):
    def __init__(self, scope, construct_id, role_arn):
        super().__init__(scope, construct_id)
        fis.CfnExperimentTemplate(
            self,  # TODO
            "NoneSource",
            # TODO: wire an alarm
            description="AZ outage",
            role_arn=role_arn,
            stop_conditions=[  # expect: OPS002
                # TODO
                fis.CfnExperimentTemplate.ExperimentTemplateStopConditionProperty(
                    source="none",  # TODO
                ),
                {"source": "none"},  # TODO
            ],
            targets={},
            actions={},
        )
        fis.CfnExperimentTemplate(
            self,
            "Empty",
            description="e",  # TODO
            role_arn=role_arn,
            stop_conditions=[  # expect: OPS002
                # TODO
            ],
            targets={},
            actions={},
        )
