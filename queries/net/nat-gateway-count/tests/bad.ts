import * as cdk from 'aws-cdk-lib';
import { aws_ec2 as ec2 } from 'aws-cdk-lib';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 2, // expect: NET004 info
    });
    new cdk.aws_ec2.Vpc(this, 'Big', { maxAzs: 3, 'natGateways': 3 }); // expect: NET004
    new ec2.Vpc(this, 'Huge', { natGateways: 10 }); // expect: NET004
  }
}
