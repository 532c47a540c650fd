from aws_cdk import Stack
from aws_cdk import aws_route53 as route53
from constructs import Construct

HOSTED_ZONE_ID = "Z04134401R0L0CDWNIT27"


class DnsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb) -> None:
        super().__init__(scope, construct_id)
        route53.CfnRecordSet(
            self,
            "Api",
            hosted_zone_id=HOSTED_ZONE_ID,  # expect: DNS004 warning
            name="api.example.org",
            type="A",
            alias_target=route53.CfnRecordSet.AliasTargetProperty(
                dns_name=alb.load_balancer_dns_name,
                hosted_zone_id="Z35SXDOTRQ7X7K",  # expect: DNS004 warning
            ),
        )
        route53.CfnRecordSet(self, "Www", hosted_zone_id=zone.hosted_zone_id, alias_target={"hosted_zone_id": "Z2FDTNDATAQYW2", "dns_name": "d.cloudfront.net"})  # expect: DNS004
        route53.HostedZone.from_hosted_zone_attributes(
            self, "Zone", hosted_zone_id="Z04134401R0L0CDWNIT27", zone_name="example.org"  # expect: DNS004 info
        )
