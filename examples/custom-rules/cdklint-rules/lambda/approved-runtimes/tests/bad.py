from aws_cdk import Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_lambda_nodejs import NodejsFunction
from constructs import Construct


class ApiStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        lambda_.Function(
            self,
            "Legacy",
            runtime=lambda_.Runtime.PYTHON_3_8,  # expect: ACME002
            handler="index.handler",
            code=lambda_.Code.from_asset("lambda"),
        )
        NodejsFunction(self, "Api", entry="src/api.ts", runtime=lambda_.Runtime.NODEJS_18_X)  # expect: ACME002
