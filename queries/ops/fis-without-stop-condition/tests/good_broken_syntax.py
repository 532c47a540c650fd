from aws_cdk import aws_fis as fis

fis.CfnExperimentTemplate(self, "Guarded", description="d", role_arn=arn, stop_conditions=[{"source": "aws:cloudwatch:alarm", "value": arn}], targets={}, actions={}, tags={})
fis.CfnExperimentTemplate(self, "Half", stop_conditions=[{"source": "none"}
