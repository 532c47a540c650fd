import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

interface NetworkProps extends cdk.StackProps {
  readonly cidr: string;
}

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: NetworkProps) {
    super(scope, id, props);
    new ec2.Vpc(this, 'Primary', {
      ipAddresses: ec2.IpAddresses.cidr(props?.env?.region === 'eu-west-2' ? '10.0.0.0/16' : '10.1.0.0/16'), // expect: NET002 warning
      maxAzs: 2,
      natGateways: 1,
    });
    new ec2.Vpc(this, 'Standby', { ipAddresses: ec2.IpAddresses.cidr('10.2.0.0/16') }); // expect: NET002
    const cidr = props.cidr;
    new ec2.Vpc(this, 'FromProps', { ipAddresses: ec2.IpAddresses.cidr(cidr), maxAzs: 3 }); // expect: NET002
  }
}
