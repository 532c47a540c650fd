import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

declare const zone: route53.IHostedZone;
declare const alb: any;
declare const healthCheck: route53.IHealthCheck;
declare const defaults: Record<string, unknown>;
declare const aliasTarget: route53.CfnRecordSet.AliasTargetProperty;

const hc = new route53.CfnHealthCheck(this, 'Hc', { healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'a.example.org' } });
// The seed 004 6.1 ideal form: a health check and target health.
new route53.CfnRecordSet(this, 'Primary', {
  hostedZoneId: zone.hostedZoneId,
  name: 'app.example.org',
  type: 'A',
  aliasTarget: { dnsName: alb.loadBalancerDnsName, evaluateTargetHealth: true, hostedZoneId: alb.loadBalancerCanonicalHostedZoneId },
  failover: 'PRIMARY',
  healthCheckId: hc.attrHealthCheckId,
  setIdentifier: 'Primary',
});
// Alias target health alone is enough.
new route53.CfnRecordSet(this, 'AliasOnly', {
  failover: 'PRIMARY',
  aliasTarget: { dnsName: alb.loadBalancerDnsName, hostedZoneId: 'x', evaluateTargetHealth: true },
});
// The secondary needs no health check of its own.
new route53.CfnRecordSet(this, 'Secondary', { failover: 'SECONDARY', type: 'A', resourceRecords: ['192.0.2.2'] });
// Not visible here: a spread, an alias target in a variable.
new route53.CfnRecordSet(this, 'Spread', { failover: 'PRIMARY', ...defaults });
new route53.CfnRecordSet(this, 'AliasVar', { failover: 'PRIMARY', aliasTarget });
new route53.CfnRecordSetGroup(this, 'Group', {
  recordSets: [{ failover: 'PRIMARY', healthCheckId: hc.attrHealthCheckId }, { failover: 'SECONDARY' }],
});
// L2 records with a health check or target health.
new route53.ARecord(this, 'L2Hc', {
  zone,
  failover: route53.Failover.PRIMARY,
  healthCheck,
  target: route53.RecordTarget.fromIpAddresses('192.0.2.10'),
});
new route53.ARecord(this, 'L2Eval', {
  zone,
  failover: route53.Failover.PRIMARY,
  target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb, { evaluateTargetHealth: true })),
});
new route53.ARecord(this, 'L2TargetVar', { zone, failover: route53.Failover.PRIMARY, target: someTarget });
new route53.ARecord(this, 'NoFailover', { zone, target: route53.RecordTarget.fromIpAddresses('192.0.2.10') });
// A comparison is not a record.
const isPrimary = record.failover === 'PRIMARY';
// A local lookalike is not Route 53's.
class CfnRecordSet {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new CfnRecordSet(this, 'Local', { failover: 'PRIMARY' });
