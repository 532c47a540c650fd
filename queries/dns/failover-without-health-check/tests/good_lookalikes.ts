import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

// A local enum named like the CDK's, a conditional failover, options from a variable.
enum Failover { PRIMARY = 'PRIMARY' }
new route53.ARecord(this, 'Local', { zone, failover: Failover.PRIMARY as any, target: route53.RecordTarget.fromIpAddresses('192.0.2.1') });
new route53.CfnRecordSet(this, 'Choice', { failover: primary ? 'PRIMARY' : 'SECONDARY', type: 'A' });
new route53.ARecord(this, 'Opts', {
  zone,
  failover: route53.Failover.PRIMARY,
  // TODO: options come from elsewhere
  target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb, targetOptions)),
});
new route53.ARecord(this, 'Healthy', {
  zone,
  failover: route53.Failover.PRIMARY,
  target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb, {
    // TODO: tune
    evaluateTargetHealth: true,
  })),
});
