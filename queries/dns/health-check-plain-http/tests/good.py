import boto3
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

route53.CfnHealthCheck(
    self,
    "Https",
    health_check_config=route53.CfnHealthCheck.HealthCheckConfigProperty(type="HTTPS", port=443),
)
route53.HealthCheck(self, "L2", type=route53.HealthCheckType.HTTPS_STR_MATCH, search_string="ok")
elbv2.HealthCheck(protocol=elbv2.Protocol.HTTP, path="/health")

# boto3 is not the CDK.
boto3.client("route53").create_health_check(
    CallerReference="x", HealthCheckConfig={"Type": "HTTP", "Port": 80}
)


class HealthCheck:
    def __init__(self, scope, name, type=None):
        pass


HealthCheck(self, "Local", type="HTTP")
