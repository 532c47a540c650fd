from aws_cdk import Stack
from aws_cdk import aws_lambda as _lambda
from constructs import Construct


class ApiStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        _lambda.Function(
            self,
            "Handler",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=_lambda.Code.from_inline(  # expect: CMP001 info
                "def handler(event, context):\n    print(event)\n"
            ),
        )
        code = _lambda.InlineCode("def handler(event, context): pass")  # expect: CMP001
