from aws_cdk import aws_route53 as route53

# A config built apart from the check is still read.
config = route53.CfnHealthCheck.HealthCheckConfigProperty(
    # TODO: switch to HTTPS
    type="HTTP_STR_MATCH",  # expect: DNS006
    search_string="ok",
)
route53.CfnHealthCheck(self, "FromConst", health_check_config=config)  # TODO: share it
route53.HealthCheck(
    self,  # TODO: scope
    "L2",
    # TODO: HTTPS
    type=route53.HealthCheckType.HTTP,  # expect: DNS006
)
