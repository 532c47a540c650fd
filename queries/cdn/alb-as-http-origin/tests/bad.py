from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class EdgeStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc) -> None:
        super().__init__(scope, construct_id)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        cloudfront.Distribution(
            self,
            "Cdn",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.HttpOrigin(
                    alb.load_balancer_dns_name,  # expect: CDN001 info
                    protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
                ),
            ),
        )
        self.second = origins.HttpOrigin(domain_name=self.alb.load_balancer_dns_name, http_port=80)  # expect: CDN001
        dns = alb.load_balancer_dns_name
        self.third = origins.HttpOrigin(dns)  # expect: CDN001
