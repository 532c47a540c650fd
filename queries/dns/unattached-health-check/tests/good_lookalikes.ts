import * as cdk from 'aws-cdk-lib';

// A local class named like the CDK one, and a client-side health check.
class CfnHealthCheck {
  constructor(public id: string) {}
}
new CfnHealthCheck('local');
const route53 = { CfnHealthCheck };
new route53.CfnHealthCheck('also-local');
new cdk.CfnOutput(this, 'Out', { value: 'x' });
