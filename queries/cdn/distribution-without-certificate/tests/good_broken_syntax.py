from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(self, "Fine", default_behavior=behavior, domain_names=["a"], certificate=cert)
cloudfront.Distribution(self, "Half", default_behavior=behavior, domain_names=["b"], certificate=
