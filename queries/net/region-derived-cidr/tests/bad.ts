import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Vpc, IpAddresses, CfnVPC } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new ec2.Vpc(this, 'Legacy', {
      cidr: props?.env?.region === 'eu-west-2' ? '10.0.0.0/16' : '10.1.0.0/16', // expect: NET003 warning
    });
    const cidr = this.region === 'us-east-1' ? '10.0.0.0/16' : '10.1.0.0/16';
    new Vpc(this, 'Bound', { ipAddresses: IpAddresses.cidr(cidr) }); // expect: NET003
    const isPrimaryRegion = cdk.Stack.of(this).region === 'us-east-1';
    new ec2.Vpc(this, 'Flag', {
      ipAddresses: isPrimaryRegion // expect: NET003
        ? ec2.IpAddresses.cidr('10.0.0.0/16')
        : ec2.IpAddresses.cidr('10.1.0.0/16'),
    });
    let block: string;
    if (props?.env?.region === 'us-west-2') {
      block = '10.2.0.0/16';
    } else {
      block = '10.3.0.0/16';
    }
    new CfnVPC(this, 'L1', { cidrBlock: block }); // expect: NET003
  }
}
