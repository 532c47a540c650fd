import boto3
from aws_cdk import Fn
from aws_cdk import aws_certificatemanager as acm

real = acm.Certificate.from_certificate_arn(self, "Real", "arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c")
ctx = acm.Certificate.from_certificate_arn(self, "Ctx", self.node.try_get_context("certificate_arn"))
fmt = acm.Certificate.from_certificate_arn(self, "Fmt", f"arn:aws:acm:{region}:{account}:certificate/{cert_id}")
sub = acm.Certificate.from_certificate_arn(self, "Sub", Fn.sub("arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/${CertId}"))

# boto3 is not the CDK, and comparisons are not values.
boto3.client("acm").describe_certificate(CertificateArn=cert_arn)
if cert_arn == "placeholder":
    raise ValueError("set a certificate")


class Certificate:
    @staticmethod
    def from_certificate_arn(scope, name, arn):
        return arn


local = Certificate.from_certificate_arn(self, "Local", "arn:aws:acm:us-east-1:123456789012:certificate/x")
