from aws_cdk import Stack, CfnOutput
from aws_cdk import aws_route53 as route53
from constructs import Construct


class FailoverStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, zone_id: str) -> None:
        super().__init__(scope, construct_id)
        primary_health = route53.CfnHealthCheck(
            self, "PrimaryHealth", health_check_config={"type": "HTTPS"}
        )
        route53.CfnRecordSet(
            self,
            "Primary",
            hosted_zone_id=zone_id,
            name="app.example.org",
            type="A",
            failover="PRIMARY",
            health_check_id=primary_health.attr_health_check_id,
        )
        CfnOutput(self, "PrimaryHealthId", value=primary_health.attr_health_check_id)
        # Stored on the stack for another stack to attach.
        self.secondary_health = route53.CfnHealthCheck(self, "Secondary", health_check_config=config)
        # Attached with an override.
        override = route53.CfnHealthCheck(self, "Override", health_check_config=config)
        record.add_property_override("HealthCheckId", override.attr_health_check_id)


def make_health_check(scope):
    return route53.CfnHealthCheck(scope, "Returned", health_check_config=config)
