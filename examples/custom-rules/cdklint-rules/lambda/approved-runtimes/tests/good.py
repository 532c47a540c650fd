from aws_cdk import Stack
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class Function:
    """A local class that shares the CDK's name is not a Lambda function."""

    def __init__(self, runtime: str) -> None:
        self.runtime = runtime


class ApiStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, runtime: lambda_.Runtime, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        lambda_.Function(
            self,
            "Current",
            runtime=lambda_.Runtime.PYTHON_3_13,
            handler="index.handler",
            code=lambda_.Code.from_asset("lambda"),
        )
        # Chosen by the caller: not judged.
        lambda_.Function(
            self,
            "FromCaller",
            runtime=runtime,
            handler="index.handler",
            code=lambda_.Code.from_asset("lambda"),
        )
        Function(runtime="python3.6")
