# cdklint-test-path: lib/test_app.py
import aws_cdk as cdk

app = cdk.App()
