from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins


def origin(alb, props):
    first = origins.HttpOrigin(
        # TODO: use the load balancer origin
        alb.load_balancer_dns_name,  # expect: CDN001
        # TODO: HTTPS
        protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
    )
    second = origins.HttpOrigin(
        http_port=80,  # TODO: 443
        domain_name=alb.load_balancer_dns_name,  # expect: CDN001
    )
    third = origins.HttpOrigin(props.load_balancer_dns_name)  # expect: CDN001
    return first, second, third
