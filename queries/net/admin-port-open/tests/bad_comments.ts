import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

const OFFICE = '10.0.0.0/8';

export class BastionStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });
    sg.addIngressRule( // expect: NET006 error
      /* TODO: narrow */ ec2.Peer.ipv4('0.0.0.0/0'),
      // TODO
      ec2.Port.tcp(/* TODO */ 22),
      'SSH', // TODO
    );
    sg.addIngressRule(ec2.Peer.ipv4(OFFICE), /* TODO */ ec2.Port.tcpRange(3000, 4000)); // expect: NET006 warning
    const anywhere = ec2.Peer.anyIpv6();
    sg.connections.allowFrom(anywhere, ec2.Port.allTraffic()); // expect: NET006 error
    new ec2.CfnSecurityGroup(this, 'L1', {
      groupDescription: 'admin', // TODO
      securityGroupIngress: [
        // TODO: close this
        { ipProtocol: 'tcp', /* TODO */ fromPort: 22, toPort: 22, cidrIp: '0.0.0.0/0' }, // expect: NET006 error
        { ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIp: '192.168.0.0/16' }, // expect: NET006 warning
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '192.168.1.0/24' },
      ],
    });
  }
}
