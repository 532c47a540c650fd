import aws_cdk.aws_certificatemanager as certs
import aws_cdk.aws_route53 as r53
from aws_cdk.aws_certificatemanager import Certificate, CertificateValidation

# Two hosted zones: which one validates is not for a fix to guess.
primary = r53.HostedZone.from_lookup(scope, "Primary", domain_name="acme-corp.io")
secondary = r53.HostedZone.from_hosted_zone_id(scope, "Secondary", "Z04134401R0L0CDWNIT27")
a = certs.Certificate(scope, "A", domain_name="a.acme-corp.io")  # expect: TLS003
b = Certificate(scope, "B", domain_name="b.acme-corp.io", validation=CertificateValidation.from_email())  # expect: TLS003
