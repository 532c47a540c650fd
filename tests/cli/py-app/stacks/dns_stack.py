from aws_cdk import Stack
from aws_cdk import aws_route53 as route53
from constructs import Construct


class DnsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        zone = route53.HostedZone.from_lookup(self, "Zone", domain_name="shop.example.org")
        route53.ARecord(
            self,
            "Api",
            zone=zone,
            record_name="api",
            target=route53.RecordTarget.from_ip_addresses(alb.load_balancer_dns_name),
        )
