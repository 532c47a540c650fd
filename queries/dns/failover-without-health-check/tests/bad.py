from aws_cdk import Stack
from aws_cdk import aws_route53 as route53, aws_route53_targets as targets
from aws_cdk.aws_route53 import CfnRecordSet, CfnRecordSetGroup
from constructs import Construct


class FailoverStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, zone, primary_alb) -> None:
        super().__init__(scope, construct_id)
        CfnRecordSet(
            self,
            "Primary",
            hosted_zone_id=zone.hosted_zone_id,
            name="app.example.org",
            type="A",
            failover="PRIMARY",  # expect: DNS002 warning
            set_identifier="primary",
            alias_target=CfnRecordSet.AliasTargetProperty(
                dns_name=primary_alb.load_balancer_dns_name,
                hosted_zone_id=primary_alb.load_balancer_canonical_hosted_zone_id,
            ),
        )
        CfnRecordSetGroup(
            self,
            "Group",
            hosted_zone_id=zone.hosted_zone_id,
            record_sets=[
                CfnRecordSetGroup.RecordSetProperty(name="api", type="A", failover="PRIMARY", resource_records=["192.0.2.1"]),  # expect: DNS002
                {"name": "web", "type": "A", "failover": "PRIMARY", "resource_records": ["192.0.2.3"]},  # expect: DNS002
            ],
        )
        route53.ARecord(
            self,
            "L2",
            zone=zone,
            target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(primary_alb)),
            failover=route53.Failover.PRIMARY,  # expect: DNS002
        )
