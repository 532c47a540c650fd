import os

import boto3
from aws_cdk import aws_route53 as route53

ZONE_ID = os.environ.get("ZONE_ID", "Z11FE11Z11DV1")
zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id=ZONE_ID, zone_name="example.org")
route53.CfnRecordSet(
    self,
    "Api",
    hosted_zone_id=zone.hosted_zone_id,
    alias_target=route53.CfnRecordSet.AliasTargetProperty(
        dns_name=alb.load_balancer_dns_name,
        hosted_zone_id=alb.load_balancer_canonical_hosted_zone_id,
    ),
)

# boto3 takes zone ids as literals; it is not the CDK.
boto3.client("route53").list_resource_record_sets(HostedZoneId="Z04134401R0L0CDWNIT27")


class CfnRecordSet:
    def __init__(self, scope, name, **props):
        pass


CfnRecordSet(self, "Local", hosted_zone_id="Z04134401R0L0CDWNIT27")
