import boto3
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_cloudfront as cloudfront

asset = _lambda.Code.from_asset("lambda/handler")
viewer = cloudfront.FunctionCode.from_inline("function handler(event) { return event.request; }")
boto3.client("lambda").update_function_code(FunctionName="f", ZipFile=b"x")


class Code:
    @staticmethod
    def from_inline(source):
        return source


local = Code.from_inline("x")
