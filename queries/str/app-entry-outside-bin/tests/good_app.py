# cdklint-test-path: app.py
import aws_cdk as cdk
from tap.tap_stack import TapStack

app = cdk.App()
TapStack(app, "TapStack")
app.synth()
