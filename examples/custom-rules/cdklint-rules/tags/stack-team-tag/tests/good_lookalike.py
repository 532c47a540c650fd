import aws_cdk as cdk

from stacks.api_stack import ApiStack


class App:
    """A local class named App is not the CDK's."""


app = App()
ApiStack(app, "Api")
