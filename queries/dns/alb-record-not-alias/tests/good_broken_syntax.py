from aws_cdk import aws_route53 as route53

ok = route53.RecordTarget.from_ip_addresses("10.0.0.1")
half = route53.RecordTarget.from_ip_addresses(alb.load_balancer_dns_name
