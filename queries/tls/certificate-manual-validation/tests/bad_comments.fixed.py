from aws_cdk import Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53


class SiteStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        zone = route53.HostedZone.from_lookup(self, "Zone", domain_name="acme-corp.io")  # TODO
        acm.Certificate(  # expect: TLS003 warning
            self,  # TODO
            "Cert",
            # TODO: validation
            domain_name="app.acme-corp.io",
            validation=acm.CertificateValidation.from_dns(zone),
        )
        acm.Certificate(
            self,
            "Manual",
            domain_name="manual.acme-corp.io",  # TODO
            validation=acm.CertificateValidation.from_dns(zone),
        )
