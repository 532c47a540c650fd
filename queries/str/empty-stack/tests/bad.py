#!/usr/bin/env python3
import aws_cdk as cdk
from aws_cdk import App, Stack, Environment

from stacks.web_stack import WebStack

app = App()
WebStack(app, "Web", env=Environment(region="us-east-1"))
cdk.Stack(app, "DrStack", env=cdk.Environment(region="us-west-2"))  # expect: STR005 warning
shared = Stack(app, "SharedServices")  # expect: STR005
app.synth()
