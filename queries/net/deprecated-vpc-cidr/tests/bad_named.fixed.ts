import { App, Stack } from 'aws-cdk-lib';
import { Vpc, SubnetType } from 'aws-cdk-lib/aws-ec2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends Stack {
  constructor(scope: App, id: string) {
    super(scope, id);
    new Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'), // expect: NET002
      subnetConfiguration: [{ name: 'app', subnetType: SubnetType.PRIVATE_ISOLATED }],
    });
  }
}
