from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets


class Targets:
    @staticmethod
    def from_ip_addresses(*ips):
        return ips


local = Targets.from_ip_addresses(alb.load_balancer_dns_name)
alias = route53.RecordTarget.from_alias(
    # TODO: evaluate target health
    targets.LoadBalancerTarget(alb),
)
ip = route53.RecordTarget.from_ip_addresses("192.0.2.10")  # TODO: one more
cname = route53.CnameRecord(self, "Www", zone=zone, domain_name=alb.load_balancer_dns_name)
