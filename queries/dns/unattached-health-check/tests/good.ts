import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { Construct } from 'constructs';

export class FailoverStack extends cdk.Stack {
  // Stored on the stack: another stack or file may attach it.
  public readonly sharedHealth: route53.CfnHealthCheck;
  public readonly fieldHealth = new route53.CfnHealthCheck(this, 'Field', { healthCheckConfig: { type: 'TCP' } });

  constructor(scope: Construct, id: string, zoneId: string) {
    super(scope, id);
    const primaryHealth = new route53.CfnHealthCheck(this, 'PrimaryHealth', {
      healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'primary.example.org' },
    });
    new route53.CfnRecordSet(this, 'Primary', {
      hostedZoneId: zoneId,
      name: 'app.example.org',
      type: 'A',
      failover: 'PRIMARY',
      setIdentifier: 'primary',
      resourceRecords: ['192.0.2.10'],
      healthCheckId: primaryHealth.attrHealthCheckId,
    });
    new cdk.CfnOutput(this, 'PrimaryHealthId', { value: primaryHealth.attrHealthCheckId });

    this.sharedHealth = new route53.CfnHealthCheck(this, 'Shared', { healthCheckConfig: { type: 'HTTPS' } });

    // Inline in the record.
    new route53.CfnRecordSet(this, 'Secondary', {
      hostedZoneId: zoneId,
      name: 'app.example.org',
      type: 'A',
      failover: 'SECONDARY',
      healthCheckId: new route53.CfnHealthCheck(this, 'Inline', { healthCheckConfig: { type: 'HTTPS' } }).attrHealthCheckId,
    });

    // Through a shorthand and an alias.
    const healthCheck = new route53.HealthCheck(this, 'L2', { type: route53.HealthCheckType.HTTPS, fqdn: 'a.example.org' });
    const alias = healthCheck;
    new route53.ARecord(this, 'L2Record', { zone, target, failover: route53.Failover.PRIMARY, healthCheck: alias });
  }
}

export function makeHealthCheck(scope: Construct) {
  return new route53.CfnHealthCheck(scope, 'Returned', { healthCheckConfig: { type: 'HTTPS' } });
}
