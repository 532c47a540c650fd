import aws_cdk as cdk
from aws_cdk import Stack, CfnOutput
from aws_cdk import aws_route53 as route53
from aws_cdk.aws_route53 import CfnHealthCheck
from constructs import Construct


class FailoverStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, zone_id: str) -> None:
        super().__init__(scope, construct_id)
        route53.CfnHealthCheck(  # expect: DNS003 warning
            self,
            "Discarded",
            health_check_config=route53.CfnHealthCheck.HealthCheckConfigProperty(type="HTTPS"),
        )
        primary_health = CfnHealthCheck(  # expect: DNS003
            self, "Bound", health_check_config={"type": "HTTP", "fully_qualified_domain_name": "a.example.org"}
        )
        secondary_health = cdk.aws_route53.CfnHealthCheck(self, "OnlyOutput", health_check_config=config)  # expect: DNS003
        CfnOutput(self, "SecondaryHealthId", value=secondary_health.attr_health_check_id)
        route53.CfnRecordSet(
            self,
            "Primary",
            hosted_zone_id=zone_id,
            name="app.example.org",
            type="A",
            failover="PRIMARY",
            set_identifier="primary",
            resource_records=["192.0.2.10"],
        )
