import * as cdk from 'aws-cdk-lib';
import { aws_ec2 as ec2, Stack } from 'aws-cdk-lib';

export class A extends Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, 'A', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') }); // expect: NET002
    new cdk.aws_ec2.Vpc(this, 'B', { maxAzs: 2, ipAddresses: ec2.IpAddresses.cidr('10.1.0.0/16') }); // expect: NET002
  }
}
