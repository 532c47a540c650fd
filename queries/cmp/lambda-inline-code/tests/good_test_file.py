# cdklint-test-path: tests/unit/test_handler_stack.py
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

stack = cdk.Stack()
lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_inline("def handler(event, context): pass"))
