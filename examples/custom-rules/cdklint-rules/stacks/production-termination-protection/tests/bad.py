import aws_cdk as cdk

from stacks.api_stack import ApiStack
from stacks.data_stack import DataStack

app = cdk.App()
ApiStack(app, "ApiProd", env=cdk.Environment(region="eu-west-1"))  # expect: ACME003
DataStack(app, "data-production")  # expect: ACME003
ApiStack(app, "Prod", termination_protection=False)  # expect: ACME003
app.synth()
