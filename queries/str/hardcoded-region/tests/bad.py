import aws_cdk as cdk
from aws_cdk import Environment
from stacks.web_stack import WebStack

app = cdk.App()
WebStack(app, "Web", env=cdk.Environment(account="111111111111", region="eu-west-1"))  # expect: STR004 info
WebStack(app, "Dub", env={"region": "eu-west-1"})  # expect: STR004
env_eu = Environment(
    region="eu-central-1",  # expect: STR004
)
