import * as cdk from '@aws-cdk/core';
import * as ec2 from '@aws-cdk/aws-ec2';

// CDK v1 has no `ipAddresses`: `cidr` is the only way there.
export class LegacyStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    new ec2.Vpc(this, 'Vpc', { cidr: '10.0.0.0/16' });
  }
}
