from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets


def records(scope, zone, alb):
    route53.ARecord(
        scope,
        "Api",
        # TODO: move to an alias
        zone=zone,
        target=route53.RecordTarget.from_alias(
            # TODO: the load balancer's name
            targets.LoadBalancerTarget(alb),  # expect: DNS001
            # TODO: nothing else
        ),
    )
    mixed = route53.RecordTarget.from_ip_addresses("192.0.2.1", alb.load_balancer_dns_name)  # expect: DNS001
    host = route53.RecordTarget.from_ip_addresses("internal-api.example.org")  # expect: DNS001
    return mixed, host
