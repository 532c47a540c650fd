from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc) -> None:
        super().__init__(scope, construct_id)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
        cloudfront.Distribution(
            self,
            "Cdn",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.LoadBalancerV2Origin(alb, http_port=80),  # expect: CDN006 error
            ),
        )
        nlb = elbv2.NetworkLoadBalancer(self, "Nlb", vpc=vpc, internet_facing=False)
        origins.LoadBalancerV2Origin(nlb)  # expect: CDN006
        origins.HttpOrigin(domain_name=alb.load_balancer_dns_name)  # expect: CDN006
