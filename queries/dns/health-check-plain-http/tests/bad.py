from aws_cdk import Stack
from aws_cdk import aws_route53 as route53
import aws_cdk.aws_route53 as r53
from aws_cdk.aws_route53 import CfnHealthCheck
from constructs import Construct


class DnsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb) -> None:
        super().__init__(scope, construct_id)
        route53.CfnHealthCheck(
            self,
            "Primary",
            health_check_config=route53.CfnHealthCheck.HealthCheckConfigProperty(
                fully_qualified_domain_name=alb.load_balancer_dns_name,
                type="HTTP",  # expect: DNS006 info
                port=80,
            ),
        )
        CfnHealthCheck(self, "Dict", health_check_config={"type": "HTTP", "port": 80})  # expect: DNS006
        r53.HealthCheck(self, "L2", type=r53.HealthCheckType.HTTP, fqdn="app.internal")  # expect: DNS006
