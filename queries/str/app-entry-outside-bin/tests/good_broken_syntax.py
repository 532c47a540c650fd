# cdklint-test-path: lib/broken.py
import aws_cdk as cdk

app = cdk.App(
