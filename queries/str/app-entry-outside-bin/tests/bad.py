# cdklint-test-path: lib/app.py
import aws_cdk as cdk
from aws_cdk import App

app = cdk.App()  # expect: STR002 info
other = App()  # expect: STR002
app.synth()
