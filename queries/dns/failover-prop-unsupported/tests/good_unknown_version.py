from aws_cdk import aws_route53 as route53

route53.ARecord(self, "Primary", zone=zone, target=target, failover=route53.Failover.PRIMARY)
