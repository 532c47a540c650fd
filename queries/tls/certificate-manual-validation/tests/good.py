import boto3
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

zone = route53.HostedZone.from_lookup(self, "Zone", domain_name="acme-corp.io")
acm.Certificate(self, "Dns", domain_name="a.acme-corp.io", validation=acm.CertificateValidation.from_dns(zone))
acm.Certificate(self, "Kwargs", domain_name="b.acme-corp.io", **cert_props)
boto3.client("acm").request_certificate(DomainName="a.acme-corp.io", ValidationMethod="EMAIL")


class Certificate:
    def __init__(self, scope, name, domain_name=None):
        pass


Certificate(self, "Local", domain_name="x")
