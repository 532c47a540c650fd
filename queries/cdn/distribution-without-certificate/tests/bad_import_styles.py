import aws_cdk as cdk
import aws_cdk.aws_cloudfront as cf
from aws_cdk.aws_cloudfront import Distribution

cf.Distribution(scope, "A", default_behavior=behavior, domain_names=["a.example.org"])  # expect: CDN002
Distribution(scope, "B", default_behavior=behavior, domain_names=names)  # expect: CDN002
cdk.aws_cloudfront.Distribution(scope, "C", default_behavior=behavior, certificate=None, domain_names=["c.example.org"])  # expect: CDN002
