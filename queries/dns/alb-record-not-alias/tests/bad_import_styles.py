import aws_cdk as cdk
import aws_cdk.aws_route53 as r53
from aws_cdk.aws_route53 import RecordTarget

a = r53.RecordTarget.from_ip_addresses(lb.load_balancer_dns_name)  # expect: DNS001
b = RecordTarget.from_ip_addresses(f"{prefix}.elb.amazonaws.com")  # expect: DNS001
c = cdk.aws_route53.RecordTarget.from_ip_addresses(self.alb.load_balancer_dns_name)  # expect: DNS001
