from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

zone = route53.HostedZone.from_lookup(self, "Zone", domain_name="acme-corp.io")
acm.Certificate(self, "Kw", domain_name="a.acme-corp.io", validation=acm.CertificateValidation.from_dns(hosted_zone=zone))
acm.Certificate(self, "Multi", domain_name="b.acme-corp.io",
                validation=acm.CertificateValidation.from_dns_multi_zone({"b.acme-corp.io": zone}))
# Which branch deploys is not for a linter to guess.
acm.Certificate(self, "Cond", domain_name="c.acme-corp.io",
                validation=acm.CertificateValidation.from_dns(zone) if zone else acm.CertificateValidation.from_email())
