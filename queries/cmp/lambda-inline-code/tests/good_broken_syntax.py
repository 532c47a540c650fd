from aws_cdk import aws_lambda as _lambda

asset = _lambda.Code.from_asset("lambda/handler")
half = _lambda.Function(self, "F", code=_lambda.Code.from_
