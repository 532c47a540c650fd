import boto3
from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(self, "A", default_behavior=behavior, domain_names=["www.example.org"], certificate=certificate)
cloudfront.Distribution(self, "B", default_behavior=behavior)
cloudfront.Distribution(self, "C", default_behavior=behavior, domain_names=[])
cloudfront.Distribution(self, "D", domain_names=["www.example.org"], **props)

boto3.client("cloudfront").create_distribution(DistributionConfig={"Aliases": {"Items": ["x"]}})


class Distribution:
    def __init__(self, scope, name, domain_names=None, certificate=None):
        pass


Distribution(self, "Local", domain_names=["x"], certificate=None)
