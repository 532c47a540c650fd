from aws_cdk import aws_cloudfront_origins as origins


class ApplicationLoadBalancer:
    load_balancer_dns_name = "internal.example"


alb = ApplicationLoadBalancer()
origins.HttpOrigin(alb.load_balancer_dns_name)
