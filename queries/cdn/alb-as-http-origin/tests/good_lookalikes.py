from aws_cdk import aws_cloudfront_origins as origins


class Origins:
    @staticmethod
    def HttpOrigin(domain_name):
        return domain_name


Origins.HttpOrigin(alb.load_balancer_dns_name)
origins.LoadBalancerV2Origin(
    alb,  # TODO: HTTPS
    http_port=80,
)
