import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { CfnHealthCheck, HealthCheck, HealthCheckType } from 'aws-cdk-lib/aws-route53';
import { Construct } from 'constructs';

export class FailoverStack extends cdk.Stack {
  constructor(scope: Construct, id: string, zoneId: string) {
    super(scope, id);
    // Created and forgotten: the record below has no health check.
    new route53.CfnHealthCheck(this, 'Discarded', { // expect: DNS003 warning
      healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'primary.example.org' },
    });
    // Bound, and the name is never read.
    const primaryHealth = new CfnHealthCheck(this, 'Bound', { // expect: DNS003
      healthCheckConfig: { type: 'HTTP', fullyQualifiedDomainName: 'primary.example.org' },
    });
    // Only an output reads it.
    const secondaryHealth = new cdk.aws_route53.CfnHealthCheck(this, 'OnlyOutput', { // expect: DNS003
      healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'secondary.example.org' },
    });
    new cdk.CfnOutput(this, 'SecondaryHealthId', { value: secondaryHealth.attrHealthCheckId });
    // The L2 health check.
    const l2 = new HealthCheck(this, 'L2', { type: HealthCheckType.HTTPS, fqdn: 'primary.example.org' }); // expect: DNS003
    new route53.CfnRecordSet(this, 'Primary', {
      hostedZoneId: zoneId,
      name: 'app.example.org',
      type: 'A',
      failover: 'PRIMARY',
      setIdentifier: 'primary',
      resourceRecords: ['192.0.2.10'],
      ttl: '60',
    });
  }
}
