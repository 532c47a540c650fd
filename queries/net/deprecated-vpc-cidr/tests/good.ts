import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    // The current prop.
    const vpc = new ec2.Vpc(this, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') });
    // `cidrMask` of a subnet, `cidrBlock` of the L1: not the deprecated prop.
    new ec2.Vpc(this, 'Subnets', {
      subnetConfiguration: [{ name: 'app', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 }],
    });
    new ec2.CfnVPC(this, 'L1', { cidrBlock: '10.3.0.0/16' });
    new ec2.CfnSubnet(this, 'Sn', { vpcId: vpc.vpcId, cidrBlock: '10.0.9.0/24' });
    // Props from elsewhere are not visible.
    new ec2.Vpc(this, 'Spread', { ...defaults });
    // A local class that happens to be called Vpc is not the CDK's.
    new Vpc(this, 'Local', { cidr: '10.4.0.0/16' });
    // Another construct's `cidr` prop.
    new MyNetwork(this, 'Mine', { cidr: '10.5.0.0/16' });
    const props = { cidr: '10.6.0.0/16' };
  }
}

class Vpc {
  constructor(scope: unknown, id: string, props: { cidr: string }) {}
}
