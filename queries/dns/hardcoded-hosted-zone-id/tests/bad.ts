import * as cdk from 'aws-cdk-lib';
import { aws_route53 as route53 } from 'aws-cdk-lib';

const ZONE_ID = 'Z04134401R0L0CDWNIT27';

export class RegionalResourcesStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, alb: any) {
    super(scope, id);
    // seed 002 #5: the zone id written into the records.
    new route53.CfnRecordSet(this, 'Primary', {
      hostedZoneId: 'Z04134401R0L0CDWNIT27', // expect: DNS004 warning
      name: 'app.example.org',
      type: 'A',
      aliasTarget: {
        dnsName: alb.loadBalancerDnsName,
        hostedZoneId: 'Z35SXDOTRQ7X7K', // expect: DNS004 warning
      },
    });
    new route53.CfnRecordSetGroup(this, 'Group', {
      hostedZoneId: ZONE_ID, // expect: DNS004
      recordSets: [
        { name: 'a.example.org', type: 'A', hostedZoneId: "Z1D633PJN98FT9" }, // expect: DNS004
        { name: 'b.example.org', type: 'A', aliasTarget: { dnsName: 'd1234.cloudfront.net', hostedZoneId: 'Z2FDTNDATAQYW2' } }, // expect: DNS004
      ],
    });
    // The zone import forms are only information.
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: ZONE_ID, // expect: DNS004 info
      zoneName: 'example.org',
    });
    route53.PublicHostedZone.fromPublicHostedZoneId(this, 'Public', 'Z0413440ABCDEFGHIJ'); // expect: DNS004 info
  }
}
