import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class L1Stack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpcId: string, groupId: string) {
    super(scope, id);
    new ec2.CfnSecurityGroup(this, 'Sg', {
      vpcId,
      groupDescription: 'admin',
      securityGroupIngress: [
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '0.0.0.0/0' }, // expect: NET006 error
        { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0' },
        { ipProtocol: '-1', cidrIp: '10.0.0.0/8' }, // expect: NET006 warning
        { 'ipProtocol': '6', 'fromPort': 3389, 'toPort': 3389, 'cidrIpv6': '::/0' }, // expect: NET006 error
      ],
    });
    new ec2.CfnSecurityGroupIngress(this, 'All', {
      groupId,
      ipProtocol: 'tcp',
      fromPort: 0,
      toPort: 65535,
      cidrIp: '0.0.0.0/0', // expect: NET006 error
    });
    new cdk.aws_ec2.CfnSecurityGroupIngress(this, 'Rdp', {
      groupId,
      cidrIp: '10.0.0.0/12', // expect: NET006 warning
      ipProtocol: 'TCP',
      toPort: 3390,
      fromPort: 3380,
    });
  }
}
