from aws_cdk import Stack
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_elasticloadbalancingv2 as elbv2


class WebStack(Stack):
    def __init__(self, scope, construct_id, vpc, alb: elbv2.IApplicationLoadBalancer, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        public_alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        origins.LoadBalancerV2Origin(public_alb)
        origins.HttpOrigin(public_alb.load_balancer_dns_name)
        origins.LoadBalancerV2Origin(alb)
        opts = dict(vpc=vpc)
        hidden = elbv2.ApplicationLoadBalancer(self, "Hidden", **opts)
        origins.LoadBalancerV2Origin(hidden)
