from aws_cdk import aws_cloudfront_origins as origins

fine = origins.LoadBalancerV2Origin(alb)
half = origins.HttpOrigin(alb.load_balancer_dns_name,
