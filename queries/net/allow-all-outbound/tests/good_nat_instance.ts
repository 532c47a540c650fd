import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

// A NAT instance forwards the VPC's egress: its security group needs open outbound.
export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const natSg = new ec2.SecurityGroup(this, 'NatSg', { vpc: undefined as any, allowAllOutbound: true });
    new ec2.Vpc(this, 'Vpc', {
      natGatewayProvider: ec2.NatProvider.instanceV2({
        instanceType: new ec2.InstanceType('t4g.nano'), // TODO
        securityGroup: natSg,
      }),
    });
    this.natSg2 = new ec2.SecurityGroup(this, 'NatSg2', { allowAllOutbound: true });
    const provider = ec2.NatProvider.instance({ instanceType: new ec2.InstanceType('t3.micro'), securityGroup: this.natSg2 });
    new ec2.NatInstanceProviderV2({
      instanceType: new ec2.InstanceType('t4g.nano'),
      securityGroup: new ec2.SecurityGroup(this, 'Inline', { allowAllOutbound: true }),
    });
  }
}
