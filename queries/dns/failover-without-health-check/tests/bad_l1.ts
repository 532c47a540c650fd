import * as cdk from 'aws-cdk-lib';
import { CfnRecordSet, CfnRecordSetGroup, CfnHealthCheck } from 'aws-cdk-lib/aws-route53';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class FailoverStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, primary: elbv2.IApplicationLoadBalancer, zoneId: string) {
    super(scope, id);
    // seed 001 #3: the health check exists but is never attached to the record.
    new CfnHealthCheck(this, 'PrimaryHealthCheck', {
      healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: primary.loadBalancerDnsName },
    });
    new CfnRecordSet(this, 'Primary', {
      hostedZoneId: zoneId,
      name: 'app.example.org',
      type: 'A',
      failover: 'PRIMARY', // expect: DNS002 warning
      setIdentifier: 'primary',
      aliasTarget: {
        dnsName: primary.loadBalancerDnsName,
        hostedZoneId: primary.loadBalancerCanonicalHostedZoneId,
      },
    });
    new CfnRecordSet(this, 'PrimaryEvalOff', {
      aliasTarget: {
        dnsName: primary.loadBalancerDnsName,
        hostedZoneId: primary.loadBalancerCanonicalHostedZoneId,
        evaluateTargetHealth: false,
      },
      'failover': "PRIMARY", // expect: DNS002
      type: 'A',
    });
    new CfnRecordSet(this, 'PrimaryIp', { failover: 'PRIMARY', type: 'A', resourceRecords: ['192.0.2.1'] }); // expect: DNS002
    new CfnRecordSetGroup(this, 'Group', {
      hostedZoneId: zoneId,
      recordSets: [
        { name: 'api.example.org', type: 'A', failover: 'PRIMARY', resourceRecords: ['192.0.2.1'] }, // expect: DNS002
        { name: 'api.example.org', type: 'A', failover: 'SECONDARY', resourceRecords: ['192.0.2.2'] },
      ],
    });
  }
}
