from aws_cdk import App, Tags

from stacks.api_stack import ApiStack

# A tag on the app tags every stack in it.
app = App()
Tags.of(app).add("team", "platform")
ApiStack(app, "Api")
ApiStack(app, "Worker")
