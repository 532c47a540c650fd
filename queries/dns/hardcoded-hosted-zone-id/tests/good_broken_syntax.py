from aws_cdk import aws_route53 as route53

route53.CfnRecordSet(self, "Fine", hosted_zone_id=zone.hosted_zone_id)
route53.CfnRecordSet(self, "Half", hosted_zone_id="Z04134401R0L0CDWNIT27"
