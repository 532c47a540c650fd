from aws_cdk import Stack
from aws_cdk import aws_route53 as route53
from constructs import Construct
from aws_cdk import aws_route53_targets as targets


class DnsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb, zone) -> None:
        super().__init__(scope, construct_id)
        route53.ARecord(
            self,
            "Api",
            zone=zone,
            target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb)),  # expect: DNS001 error
        )
        alb_dns = alb.load_balancer_dns_name
        route53.ARecord(self, "Www", zone=zone, target=route53.RecordTarget.from_ip_addresses(alb_dns))  # expect: DNS001
