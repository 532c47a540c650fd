import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, 'Vpc', {
      subnetConfiguration: [
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 }, // expect: NET001 warning
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
      ],
    });
    // `cdk.aws_ec2` reaches the same enum through the root module.
    const selection = { subnetType: cdk.aws_ec2.SubnetType.PRIVATE_WITH_EGRESS }; // expect: NET001
  }
}
