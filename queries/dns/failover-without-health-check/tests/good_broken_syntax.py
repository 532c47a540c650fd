from aws_cdk import aws_route53 as route53

route53.CfnRecordSet(self, "Fine", failover="PRIMARY", health_check_id="x")
route53.CfnRecordSet(self, "Half", failover="PRIMARY", health_check_id=
