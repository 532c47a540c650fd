import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

declare const alb: any;
const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: 'example.org' });
new route53.CfnRecordSet(this, 'Api', {
  hostedZoneId: zone.hostedZoneId,
  name: 'api.example.org',
  type: 'A',
  aliasTarget: { dnsName: alb.loadBalancerDnsName, hostedZoneId: alb.loadBalancerCanonicalHostedZoneId },
});
new route53.CfnRecordSet(this, 'Cdn', {
  hostedZoneId: zone.hostedZoneId,
  name: 'cdn.example.org',
  type: 'A',
  aliasTarget: { dnsName: 'd.cloudfront.net', hostedZoneId: targets.CloudFrontTarget.getHostedZoneId(this) },
});
// Context or configuration, not a literal.
const imported = route53.HostedZone.fromHostedZoneId(this, 'Imported', this.node.tryGetContext('zoneId'));
// Not a zone id: too short, lower case, a placeholder (TLS002's business), not a record.
new route53.CfnRecordSet(this, 'Short', { hostedZoneId: 'Z123', name: 'x', type: 'A' });
new route53.CfnRecordSet(this, 'Lower', { hostedZoneId: 'z04134401r0l0cdwnit27', name: 'x', type: 'A' });
new route53.CfnRecordSet(this, 'Placeholder', { hostedZoneId: 'ZXXXXXXXXXXXXX', name: 'x', type: 'A' });
const config = { zoneName: 'Z04134401R0L0CDWNIT27' };
if (zoneId === 'Z04134401R0L0CDWNIT27') {
  console.log('comparison, not a record');
}
// A local class named like the CDK's.
class CfnRecordSet {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new CfnRecordSet(this, 'Local', { hostedZoneId: 'Z04134401R0L0CDWNIT27' });
