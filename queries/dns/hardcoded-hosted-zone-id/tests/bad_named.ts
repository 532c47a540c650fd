import { HostedZone, CfnRecordSet } from 'aws-cdk-lib/aws-route53';

export const zone = HostedZone.fromHostedZoneId(this, 'Zone', `Z0413440ABCDEFGHIJ`); // expect: DNS004 info
new CfnRecordSet(this, 'R', { 'hostedZoneId': 'Z0413440ABCDEFGHIJ', name: 'x', type: 'A' }); // expect: DNS004
