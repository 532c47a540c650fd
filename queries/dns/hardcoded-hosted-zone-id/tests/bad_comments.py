from aws_cdk import aws_route53 as route53

# An alias target built apart from its record.
alias = route53.CfnRecordSet.AliasTargetProperty(
    # TODO: attribute
    dns_name="d1234.cloudfront.net",
    hosted_zone_id="Z2FDTNDATAQYW2",  # expect: DNS004
)
route53.CfnRecordSetGroup(
    self,  # TODO: scope
    "Group",
    # TODO: read the zone
    hosted_zone_id=zone.hosted_zone_id,
    record_sets=[
        # TODO: more records
        {"name": "a.example.org", "type": "A", "hosted_zone_id": "Z1D633PJN98FT9"},  # expect: DNS004
    ],
)
