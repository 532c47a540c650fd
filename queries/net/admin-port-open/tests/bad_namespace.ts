import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

const ANYWHERE = '0.0.0.0/0';
const SSH_PORT = 22;

export class BastionStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH'); // expect: NET006 error
    sg.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.SSH); // expect: NET006 error
    sg.addIngressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.RDP); // expect: NET006 error
    sg.addIngressRule(ec2.Peer.ipv6('::/0'), ec2.Port.tcp(3389)); // expect: NET006
    sg.addIngressRule(ec2.Peer.ipv4(ANYWHERE), ec2.Port.tcpRange(20, 25)); // expect: NET006
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allTcp()); // expect: NET006
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic(), 'everything'); // expect: NET006
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(SSH_PORT)); // expect: NET006
    sg.addIngressRule( // expect: NET006
      ec2.Peer.anyIpv4(), // anyone
      /* every high port */ ec2.Port.tcpRange(1024, 65535),
      'high ports include RDP',
    );
    const host = new ec2.Instance(this, 'Host', { vpc, instanceType, machineImage });
    host.connections.allowFrom(ec2.Peer.anyIpv4(), ec2.Port.tcp(22)); // expect: NET006 error
    host.connections.allowFromAnyIpv4(ec2.Port.tcp(22), 'SSH'); // expect: NET006 error
    host.connections.allowFromAnyIpv4(ec2.Port.RDP); // expect: NET006
  }
}
