import aws_cdk as cdk
import aws_cdk.aws_route53 as r53
from aws_cdk.aws_route53_targets import LoadBalancerTarget

r53.CfnRecordSet(scope, "A", failover="PRIMARY", alias_target={"dns_name": "d", "hosted_zone_id": "z", "evaluate_target_health": False})  # expect: DNS002
cdk.aws_route53.CfnRecordSet(scope, "B", type="A", failover="PRIMARY", resource_records=["192.0.2.1"])  # expect: DNS002
r53.ARecord(scope, "C", zone=zone, failover=r53.Failover.PRIMARY, target=r53.RecordTarget.from_ip_addresses("192.0.2.1"))  # expect: DNS002
r53.ARecord(scope, "D", zone=zone, target=r53.RecordTarget.from_alias(LoadBalancerTarget(alb, evaluate_target_health=False)), failover=r53.Failover.PRIMARY)  # expect: DNS002
