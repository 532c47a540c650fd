import aws_cdk as cdk
import aws_cdk.aws_route53 as r53
from aws_cdk.aws_route53 import HostedZone, CfnRecordSetGroup

zone = HostedZone.from_hosted_zone_id(scope, "Zone", "Z04134401R0L0CDWNIT27")  # expect: DNS004 info
public = r53.PublicHostedZone.from_public_hosted_zone_id(scope, "Public", public_hosted_zone_id="Z04134401R0L0CDWNIT27")  # expect: DNS004 info
CfnRecordSetGroup(scope, "G", hosted_zone_id="Z04134401R0L0CDWNIT27", record_sets=[])  # expect: DNS004
cdk.aws_route53.CfnRecordSetGroup.RecordSetProperty(name="a", type="A", hosted_zone_id="Z04134401R0L0CDWNIT27")  # expect: DNS004
