from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins


def origin(alb, props):
    first = origins.LoadBalancerV2Origin(
        # TODO: use the load balancer origin
        alb,  # expect: CDN001
        # TODO: HTTPS
        protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
    )
    second = origins.LoadBalancerV2Origin(
        http_port=80,  # TODO: 443
        load_balancer=alb,  # expect: CDN001
    )
    third = origins.HttpOrigin(props.load_balancer_dns_name)  # expect: CDN001
    return first, second, third
