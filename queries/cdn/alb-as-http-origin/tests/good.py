import boto3
from aws_cdk import aws_cloudfront_origins as origins

lb_origin = origins.LoadBalancerV2Origin(alb, http_port=80)
external = origins.HttpOrigin("api.example.org")
website = origins.HttpOrigin(bucket.bucket_website_domain_name)
headers = origins.HttpOrigin("static.example.org", custom_headers={"X-Alb": alb.load_balancer_dns_name})


class HttpOrigin:
    def __init__(self, domain_name):
        pass


local = HttpOrigin(alb.load_balancer_dns_name)
# boto3 is not the CDK.
boto3.client("elbv2").describe_load_balancers()
