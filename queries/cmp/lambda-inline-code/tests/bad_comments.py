from aws_cdk import Stack
from aws_cdk import aws_lambda as lambda_


class HandlerStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        lambda_.Function(
            self,  # TODO
            "Handler",
            # TODO: move to an asset
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline(  # expect: CMP001
                # TODO
                "def handler(event, context):\n    return event\n"
            ),
        )
        shim = lambda_.InlineCode(  # expect: CMP001
            "def handler(event, context): pass"  # TODO
        )
