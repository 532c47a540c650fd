import aws_cdk as cdk
from aws_cdk import aws_route53 as route53
from constructs import Construct


class DnsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        zone = route53.HostedZone.from_lookup(self, "Zone", domain_name="example.org")
        route53.ARecord(
            self,
            "Primary",
            zone=zone,
            target=route53.RecordTarget.from_ip_addresses("192.0.2.10"),
            failover=route53.Failover.PRIMARY,
            set_identifier="primary",
            health_check=health_check,
        )
