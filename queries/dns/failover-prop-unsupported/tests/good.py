# cdklint-test-aws-cdk-lib: >=2.240.0,<3 pyproject.toml
from aws_cdk import aws_route53 as route53

route53.ARecord(self, "Primary", zone=zone, target=target, failover=route53.Failover.PRIMARY)
