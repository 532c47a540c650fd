from aws_cdk import aws_certificatemanager as acm

acm.Certificate(self, "Fine", domain_name="a.acme-corp.io", validation=acm.CertificateValidation.from_dns(zone))
acm.Certificate(self, "Half", domain_name="b.acme-corp.io", validation=acm.CertificateValidation.
