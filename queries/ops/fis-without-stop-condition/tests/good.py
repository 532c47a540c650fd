import boto3
from aws_cdk import aws_fis as fis

fis.CfnExperimentTemplate(
    self,
    "Guarded",
    description="AZ outage",
    role_arn=role_arn,
    stop_conditions=[
        fis.CfnExperimentTemplate.ExperimentTemplateStopConditionProperty(source="aws:cloudwatch:alarm", value=alarm.alarm_arn)
    ],
    targets={},
    actions={},
    tags={},
)
fis.CfnExperimentTemplate(self, "Kw", **template_props)
fis.CfnExperimentTemplate(self, "FromProps", description="p", role_arn=role_arn, stop_conditions=props.stop_conditions, targets={}, actions={}, tags={})
boto3.client("fis").create_experiment_template(stopConditions=[{"source": "none"}], description="d", roleArn="arn", actions={}, targets={})


class CfnExperimentTemplate:
    def __init__(self, scope, construct_id, **kwargs):
        pass


CfnExperimentTemplate(self, "Local", stop_conditions=[{"source": "none"}])
