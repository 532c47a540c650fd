from aws_cdk import aws_route53 as route53

route53.HealthCheck(self, "Fine", type=route53.HealthCheckType.HTTPS)
route53.HealthCheck(self, "Half", type=route53.HealthCheckType.
