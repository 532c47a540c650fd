import * as cdk from 'aws-cdk-lib/core';
import * as route53 from 'aws-cdk-lib/aws-route53';

export class Records extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new route53.CfnRecordSetGroup(
      this, // TODO: scope
      'Group',
      {
        // TODO: read the zone
        hostedZoneId: 'Z04134401R0L0CDWNIT27', // expect: DNS004
        recordSets: [
          // TODO: more records
          {
            name: 'b.example.org',
            type: 'A',
            aliasTarget: {
              // TODO: attribute
              dnsName: 'd1234.cloudfront.net',
              hostedZoneId: 'Z2FDTNDATAQYW2', // expect: DNS004
            },
          },
        ],
      },
    );
    route53.HostedZone.fromHostedZoneId(
      this,
      'Imported',
      // TODO: context
      'Z0413440ABCDEFGHIJ', // expect: DNS004 info
    );
  }
}
