import aws_cdk.aws_route53 as r53
from aws_cdk.aws_route53 import PublicHostedZone

DOMAIN_NAME = "your-domain.com"
zone = PublicHostedZone(scope, "Zone", zone_name=DOMAIN_NAME)  # expect: TLS002
cert_names = dict(subject_alternative_names=["www.example.net", "api.example.net"])  # expect: TLS002, TLS002
admin = r53.HostedZone(scope, "Z", zone_name="TODO.internal")  # expect: TLS002
