# cdklint-test-path: tests/unit/test_app_stack.py
import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "S", env=cdk.Environment(account="123456789012", region="us-east-1"))
