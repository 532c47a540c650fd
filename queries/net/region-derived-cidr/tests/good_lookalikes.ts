import * as cdk from 'aws-cdk-lib';

// A local Vpc model, not the CDK's.
class Vpc {
  constructor(public scope: unknown, public id: string, public props: { cidr: string }) {}
}
new Vpc(null, 'x', { cidr: region === 'us-east-1' ? '10.0.0.0/16' : '10.1.0.0/16' });
const app = new cdk.App();
