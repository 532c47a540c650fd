# cdklint-test-aws-cdk-lib: 2.232.0 requirements.txt
from aws_cdk import aws_route53 as route53

route53.ARecord(
    self,
    "Primary",
    zone=zone,
    target=route53.RecordTarget.from_ip_addresses("192.0.2.10"),
    failover=route53.Failover.PRIMARY,  # expect: DNS005 error
    set_identifier="primary",
)
route53.RecordSet(self, "Txt", zone=zone, record_type=route53.RecordType.TXT, target=t, failover=route53.Failover.SECONDARY)  # expect: DNS005
