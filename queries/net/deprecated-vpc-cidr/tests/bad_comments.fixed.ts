import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, /* TODO */ 'Vpc', {
      maxAzs: 2, // TODO
      // TODO: move to ipAddresses
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'), // expect: NET002
    });
  }
}
