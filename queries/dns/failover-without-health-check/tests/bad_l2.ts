import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

declare const zone: route53.IHostedZone;
declare const alb: any;

// seed 004 6.1/6.2: an L2 failover record with neither a health check nor target health.
new route53.ARecord(this, 'PrimaryRecord', {
  zone,
  target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb)),
  failover: route53.FailoverType.PRIMARY, // expect: DNS002
});
new route53.ARecord(this, 'PrimaryIp', {
  zone,
  failover: route53.Failover.PRIMARY, // expect: DNS002
  setIdentifier: 'primary',
  target: route53.RecordTarget.fromIpAddresses('192.0.2.10'),
});
new route53.AaaaRecord(this, 'PrimaryV6', {
  zone,
  failover: route53.Failover.PRIMARY, // expect: DNS002
  target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb, { evaluateTargetHealth: false })),
});
new route53.CnameRecord(this, 'PrimaryCname', { zone, domainName: 'a.example.org', failover: route53.Failover.PRIMARY }); // expect: DNS002
