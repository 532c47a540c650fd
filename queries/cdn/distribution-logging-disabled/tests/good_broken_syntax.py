from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(self, "Fine", default_behavior=behavior, enable_logging=True)
cloudfront.Distribution(self, "Half", default_behavior=behavior,
