from aws_cdk import Stack
from aws_cdk import aws_route53 as route53
from constructs import Construct


class DnsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb, zone) -> None:
        super().__init__(scope, construct_id)
        route53.ARecord(
            self,
            "Api",
            zone=zone,
            target=route53.RecordTarget.from_ip_addresses(alb.load_balancer_dns_name),  # expect: DNS001 error
        )
        alb_dns = alb.load_balancer_dns_name
        route53.ARecord(self, "Www", zone=zone, target=route53.RecordTarget.from_ip_addresses(alb_dns))  # expect: DNS001
        # Any position of the address list, not only the first few.
        route53.ARecord(
            self,
            "Many",
            zone=zone,
            target=route53.RecordTarget.from_ip_addresses(
                "192.0.2.1",
                "192.0.2.2",
                "192.0.2.3",
                "192.0.2.4",
                alb.load_balancer_dns_name,  # expect: DNS001
            ),
        )
        route53.ARecord(
            self,
            "ManyHosts",
            zone=zone,
            target=route53.RecordTarget.from_ip_addresses(
                "192.0.2.1",
                "192.0.2.2",
                "192.0.2.3",
                "192.0.2.4",
                "my-alb-1234.eu-west-1.elb.amazonaws.com",  # expect: DNS001
            ),
        )
