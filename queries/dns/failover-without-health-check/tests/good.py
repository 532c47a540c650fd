import boto3
from aws_cdk import aws_route53 as route53, aws_route53_targets as targets

hc = route53.CfnHealthCheck(self, "Hc", health_check_config={"type": "HTTPS", "port": 443})
route53.CfnRecordSet(self, "Primary", failover="PRIMARY", health_check_id=hc.attr_health_check_id)
route53.CfnRecordSet(
    self,
    "Alias",
    failover="PRIMARY",
    alias_target=route53.CfnRecordSet.AliasTargetProperty(dns_name="d", hosted_zone_id="z", evaluate_target_health=True),
)
route53.CfnRecordSet(self, "Secondary", failover="SECONDARY")
route53.CfnRecordSet(self, "Kwargs", failover="PRIMARY", **record_props)
route53.ARecord(
    self,
    "L2",
    zone=zone,
    failover=route53.Failover.PRIMARY,
    target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb, evaluate_target_health=True)),
)
route53.ARecord(self, "L2Hc", zone=zone, failover=route53.Failover.PRIMARY, health_check=health_check, target=t)

# boto3 is not the CDK.
boto3.client("route53").change_resource_record_sets(
    HostedZoneId="Z1", ChangeBatch={"Changes": [{"ResourceRecordSet": {"Failover": "PRIMARY"}}]}
)


class CfnRecordSet:
    def __init__(self, scope, name, **props):
        pass


CfnRecordSet(self, "Local", failover="PRIMARY")
