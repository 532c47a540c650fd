import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

// NAT instances, not gateways: `natGateways` counts instances, which cost a fraction.
export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, 'V1', {
      natGateways: 2, // TODO
      natGatewayProvider: ec2.NatProvider.instance({
        instanceType: new ec2.InstanceType('t3.micro'), // TODO
      }),
    });
    const provider = ec2.NatProvider.instanceV2({ instanceType: new ec2.InstanceType('t4g.nano') });
    new ec2.Vpc(this, 'V2', { natGatewayProvider: provider, natGateways: 3 });
    new ec2.Vpc(this, 'Class', {
      natGateways: 2,
      natGatewayProvider: new ec2.NatInstanceProviderV2({ instanceType: new ec2.InstanceType('t4g.nano') }),
    });
  }
}
