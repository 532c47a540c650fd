import aws_cdk as cdk
from aws_cdk import App, Stack, Tags
from aws_cdk import aws_s3 as s3
from aws_cdk.assertions import Template

app = App()
dr = Stack(app, "DrStack", env=cdk.Environment(region="us-west-2"))
s3.Bucket(dr, "Replica")
shared = cdk.Stack(app, "Shared")
Tags.of(shared).add("team", "platform")


def make_stack(scope):
    return cdk.Stack(scope, "Made")


class WebStack(Stack):
    pass


WebStack(app, "Web")
stack = Stack()
template = Template.from_stack(stack)
app.synth()
