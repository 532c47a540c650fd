import os
import aws_cdk as cdk
from stacks.web_stack import WebStack

app = cdk.App()
WebStack(app, "Web", env=cdk.Environment(region=os.environ.get("REGION", "eu-west-2")))
WebStack(app, "Ctx", env=cdk.Environment(region=app.node.try_get_context("region") or "eu-west-1"))
WebStack(app, "Desc", description="eu-west-1")
