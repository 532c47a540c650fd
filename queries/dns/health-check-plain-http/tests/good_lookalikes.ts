import * as route53 from 'aws-cdk-lib/aws-route53';

// A local enum that shares the CDK's name, a conditional type, and HTTPS.
enum HealthCheckType { HTTP = 'HTTP' }
new route53.HealthCheck(this, 'Local', { type: HealthCheckType.HTTP as any });
new route53.CfnHealthCheck(this, 'Choice', { healthCheckConfig: { type: secure ? 'HTTPS' : 'HTTP' } });
new route53.CfnHealthCheck(this, 'Https', {
  // TODO: tighten thresholds
  healthCheckConfig: { type: 'HTTPS', /* TODO */ port: 443 },
});
