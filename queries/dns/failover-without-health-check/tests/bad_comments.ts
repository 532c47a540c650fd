import * as cdk from 'aws-cdk-lib/core';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

export class Failover extends cdk.Stack {
  constructor(scope: cdk.App, id: string, zone: route53.IHostedZone, alb: any) {
    super(scope, id);
    new route53.CfnRecordSet(
      this, // TODO: scope
      'Primary',
      {
        // TODO: attach the health check
        type: 'A',
        failover: 'PRIMARY', // expect: DNS002
        aliasTarget: {
          dnsName: alb.loadBalancerDnsName, // TODO
          hostedZoneId: alb.loadBalancerCanonicalHostedZoneId,
        },
      },
    );
    // An alias target bound to a name is followed.
    const target = new targets.LoadBalancerTarget(alb, {
      // TODO: evaluate target health
      evaluateTargetHealth: false,
    });
    new route53.ARecord(this, 'L2', {
      zone,
      target: route53.RecordTarget.fromAlias(/* TODO */ target),
      failover: route53.Failover.PRIMARY, // expect: DNS002
    });
    new route53.CfnRecordSetGroup(this, 'Group', {
      recordSets: [
        // TODO: health check ids
        { failover: 'SECONDARY', type: 'A' },
        { failover: 'PRIMARY', type: 'A', aliasTarget: { dnsName: 'd', hostedZoneId: 'z' } }, // expect: DNS002
      ],
    });
  }
}
