import aws_cdk as cdk
import aws_cdk.aws_fis as fis
from aws_cdk.aws_fis import CfnExperimentTemplate

NONE = [{"source": "none"}]

a = fis.CfnExperimentTemplate(scope, "A", description="a", role_arn=arn, stop_conditions=NONE, targets={}, actions={}, tags={})  # expect: OPS002
b = CfnExperimentTemplate(scope, "B", description="b", role_arn=arn, stop_conditions=NONE, targets={}, actions={}, tags={})  # expect: OPS002
c = cdk.aws_fis.CfnExperimentTemplate(scope, "C", description="c", role_arn=arn, stop_conditions=NONE, targets={}, actions={}, tags={})  # expect: OPS002
