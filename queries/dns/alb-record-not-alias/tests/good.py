from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

alias = route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb))
ips = route53.RecordTarget.from_ip_addresses("10.0.0.10", "10.0.1.10")
eip = route53.RecordTarget.from_ip_addresses(instance.instance_public_ip)


class RecordTarget:
    @staticmethod
    def from_ip_addresses(*ips):
        return ips


local = RecordTarget.from_ip_addresses(alb.load_balancer_dns_name)
