# cdklint-test-aws-cdk-lib: 2.170.0 requirements.txt
# The project pins a release without `VpcOrigin`: the finding stays, no fix.
from aws_cdk import aws_cloudfront as cloudfront, aws_cloudfront_origins as origins
from aws_cdk import aws_elasticloadbalancingv2 as elbv2


def web(scope, vpc):
    alb = elbv2.ApplicationLoadBalancer(scope, "Alb", vpc=vpc)
    return cloudfront.Distribution(
        scope,
        "Cdn",
        default_behavior=cloudfront.BehaviorOptions(
            origin=origins.LoadBalancerV2Origin(alb),  # expect: CDN006
        ),
    )
