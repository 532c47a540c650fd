import aws_cdk as cdk
import aws_cdk.aws_cloudfront_origins as cf_origins
from aws_cdk.aws_cloudfront_origins import HttpOrigin

a = cf_origins.HttpOrigin(alb.load_balancer_dns_name)  # expect: CDN001
b = HttpOrigin(service.load_balancer.load_balancer_dns_name, origin_id="b")  # expect: CDN001
c = cdk.aws_cloudfront_origins.HttpOrigin(alb.load_balancer_dns_name)  # expect: CDN001
