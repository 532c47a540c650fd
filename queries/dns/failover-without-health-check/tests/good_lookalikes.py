from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets


class Failover:
    PRIMARY = "PRIMARY"


route53.ARecord(self, "Local", zone=zone, failover=Failover.PRIMARY, target=t)
route53.ARecord(
    self,
    "Opts",
    zone=zone,
    failover=route53.Failover.PRIMARY,
    # TODO: options come from elsewhere
    target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb, **target_options)),
)
route53.CfnRecordSet(
    self,
    "Healthy",
    failover="PRIMARY",
    # TODO: tune
    alias_target={"dns_name": "d", "hosted_zone_id": "z", "evaluate_target_health": True},
)
