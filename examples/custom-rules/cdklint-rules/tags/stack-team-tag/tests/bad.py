import aws_cdk as cdk

from stacks.api_stack import ApiStack
from stacks.data_stack import DataStack

app = cdk.App()
ApiStack(app, "Api", env=cdk.Environment(region="eu-west-1"))  # expect: ACME001
data = DataStack(app, "Data")  # expect: ACME001
cdk.Tags.of(data).add("owner", "platform")
cdk.Stack(app, "Shared", tags={"owner": "platform"})  # expect: ACME001
app.synth()
