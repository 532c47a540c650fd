import aws_cdk as cdk

from stacks import data_stack
from stacks.api_stack import ApiStack

app = cdk.App()
ApiStack(app, "Api", tags={"team": "payments", "owner": "platform"})
data = data_stack.DataStack(app, "Data")
cdk.Tags.of(data).add(key="team", value="data")
# Keyword arguments the file does not show are not judged.
ApiStack(app, "FromKwargs", **settings)
# Not created in the app: a construct inside a stack.
stack = cdk.Stack(app, "Tagged", tags={"team": "platform"})
ApiStack(stack, "Nested")
# A helper function is not a construct.
configure_logging(app)
app.synth()
