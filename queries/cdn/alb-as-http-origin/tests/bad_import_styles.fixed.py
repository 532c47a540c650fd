import aws_cdk as cdk
import aws_cdk.aws_cloudfront_origins as cf_origins
from aws_cdk.aws_cloudfront_origins import HttpOrigin

a = cf_origins.LoadBalancerV2Origin(alb)  # expect: CDN001
b = cf_origins.LoadBalancerV2Origin(service.load_balancer, origin_id="b")  # expect: CDN001
c = cf_origins.LoadBalancerV2Origin(alb)  # expect: CDN001
