from aws_cdk import Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.zone = route53.PublicHostedZone(self, "Zone", zone_name="acme-corp.io")
        # seed 003 §3: a certificate with no usable validation.
        acm.Certificate(  # expect: TLS003 warning
            self,
            "Cert",
            domain_name="app.acme-corp.io",
            validation=acm.CertificateValidation.from_dns(self.zone),
        )
        self.api_cert = acm.Certificate(
            self, "Api", domain_name="api.acme-corp.io", validation=acm.CertificateValidation.from_dns(self.zone)  # expect: TLS003
        )
        manual = acm.Certificate(self, "Manual", domain_name="m.acme-corp.io", validation=acm.CertificateValidation.from_dns(self.zone))  # expect: TLS003 info
