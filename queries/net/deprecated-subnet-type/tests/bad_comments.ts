import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, /* TODO */ 'Vpc', {
      // TODO: review the subnets
      subnetConfiguration: [
        {
          name: 'app', // TODO
          subnetType: ec2.SubnetType /* TODO */ .PRIVATE_WITH_NAT, // expect: NET001
        },
      ],
    });
  }
}
