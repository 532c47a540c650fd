from aws_cdk import aws_route53 as route53


class HealthCheckType:
    HTTP = "HTTP"


route53.HealthCheck(self, "Local", type=HealthCheckType.HTTP)
route53.CfnHealthCheck(
    self,
    "Https",
    # TODO: tighten thresholds
    health_check_config={"type": "HTTPS", "port": 443},  # TODO
)
