from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

route53.CfnRecordSet(
    self,  # TODO: scope
    "Primary",
    # TODO: attach the health check
    type="A",
    failover="PRIMARY",  # expect: DNS002
    alias_target=route53.CfnRecordSet.AliasTargetProperty(
        dns_name=alb.load_balancer_dns_name,  # TODO
        hosted_zone_id=alb.load_balancer_canonical_hosted_zone_id,
    ),
)
route53.ARecord(
    self,
    "L2",
    zone=zone,
    # TODO: evaluate target health
    target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb)),
    failover=route53.Failover.PRIMARY,  # expect: DNS002
)
