# cdklint-test-path: tests/unit/test_dns.py
from aws_cdk import aws_route53 as route53

route53.CfnHealthCheck(stack, "Check", health_check_config={"type": "HTTP"})
