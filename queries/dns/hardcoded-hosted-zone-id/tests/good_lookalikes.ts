import * as route53 from 'aws-cdk-lib/aws-route53';

declare const zone: route53.IHostedZone;
// A local helper named like the CDK's import, a conditional id and the safe forms.
const HostedZone = { fromHostedZoneId: (_s: unknown, _i: string, z: string) => z };
HostedZone.fromHostedZoneId(this, 'Local', 'Z04134401R0L0CDWNIT27');
new route53.CfnRecordSet(this, 'Cond', { hostedZoneId: prod ? 'Z04134401R0L0CDWNIT27' : zone.hostedZoneId, name: 'x', type: 'A' });
new route53.CfnRecordSet(this, 'Attr', {
  // TODO: alias
  hostedZoneId: zone.hostedZoneId,
  name: 'x',
  type: 'A',
});
