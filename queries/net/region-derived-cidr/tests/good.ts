import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

interface NetworkProps extends cdk.StackProps {
  cidr: string;
  isProd: boolean;
}

export class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id, props);
    // Explicit, or chosen by something other than the region.
    new ec2.Vpc(this, 'Explicit', { ipAddresses: ec2.IpAddresses.cidr(props.cidr) });
    new ec2.Vpc(this, 'Env', { ipAddresses: ec2.IpAddresses.cidr(props.isProd ? '10.0.0.0/16' : '10.9.0.0/16') });
    new ec2.Vpc(this, 'Default', { ipAddresses: ec2.IpAddresses.cidr(props.cidr ?? '10.0.0.0/16') });
    new ec2.Vpc(this, 'Literal', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') });
    // The region chooses something else.
    new ec2.Vpc(this, 'Azs', { maxAzs: this.region === 'us-east-1' ? 3 : 2, ipAddresses: ec2.IpAddresses.cidr(props.cidr) });
    // An `if` on the region that does not assign the CIDR.
    let cidr = props.cidr;
    if (this.region === 'us-east-1') {
      console.log('primary');
    }
    new ec2.CfnVPC(this, 'L1', { cidrBlock: cidr });
  }
}
