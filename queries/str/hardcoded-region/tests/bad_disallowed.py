# cdklint-test-allowed-regions: eu-west-1
import aws_cdk as cdk
from stacks.web_stack import WebStack

app = cdk.App()
WebStack(app, "Ok", env=cdk.Environment(region="eu-west-1"))  # expect: STR004 info
WebStack(app, "Nope", env=cdk.Environment(region="sa-east-1"))  # expect: STR004 error
