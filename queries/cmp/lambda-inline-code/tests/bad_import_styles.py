import aws_cdk as cdk
import aws_cdk.aws_lambda as lambda_
from aws_cdk.aws_lambda import Code, InlineCode

a = lambda_.Code.from_inline("x")  # expect: CMP001
b = Code.from_inline("x")  # expect: CMP001
c = InlineCode("x")  # expect: CMP001
d = cdk.aws_lambda.Code.from_inline("x")  # expect: CMP001
