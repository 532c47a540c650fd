import aws_cdk as cdk
import aws_cdk.aws_route53 as r53
from aws_cdk.aws_route53 import RecordTarget
from aws_cdk import aws_route53_targets as targets

a = r53.RecordTarget.from_alias(targets.LoadBalancerTarget(lb))  # expect: DNS001
b = RecordTarget.from_ip_addresses(f"{prefix}.elb.amazonaws.com")  # expect: DNS001
c = cdk.aws_route53.RecordTarget.from_alias(targets.LoadBalancerTarget(self.alb))  # expect: DNS001
