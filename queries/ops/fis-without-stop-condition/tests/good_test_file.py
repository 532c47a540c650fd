# cdklint-test-path: tests/unit/test_chaos_stack.py
import aws_cdk as cdk
from aws_cdk import aws_fis as fis

stack = cdk.Stack()
fis.CfnExperimentTemplate(stack, "T", description="d", role_arn="arn", stop_conditions=[{"source": "none"}], targets={}, actions={})
