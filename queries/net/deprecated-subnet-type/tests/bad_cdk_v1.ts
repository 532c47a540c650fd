import * as cdk from '@aws-cdk/core';
import * as ec2 from '@aws-cdk/aws-ec2';

export class LegacyStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    new ec2.Vpc(this, 'Vpc', {
      subnetConfiguration: [
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE }, // expect: NET001
        { name: 'db', subnetType: ec2.SubnetType.ISOLATED }, // expect: NET001
        { name: 'new', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT },
      ],
    });
  }
}
