import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
from aws_cdk.aws_ec2 import InterfaceVpcEndpointAwsService as Svc
from aws_cdk.aws_lambda import Runtime

a = ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING  # expect: API001
b = Svc.EVENTBRIDGE  # expect: API001
c = cdk.aws_lambda.Runtime.PYTHON_3_6  # expect: API001
d = Runtime.NODEJS_12_X  # expect: API001
e = cdk.SecretValue.unsafe_plain_text("x")  # expect: API001
