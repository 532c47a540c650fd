import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class WebStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });
    // /17 and narrower, and ports that are not 22 / 3389.
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/17'), ec2.Port.tcp(22));
    sg.addIngressRule(ec2.Peer.ipv6('2001:db8::/48'), ec2.Port.SSH);
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS);
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcpRange(23, 3388));
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.udp(22));
    sg.addIngressRule(ec2.Peer.ipv4('not-a-cidr/8'), ec2.Port.tcp(22));
    new ec2.CfnSecurityGroupIngress(this, 'Udp', { groupId: 'sg-1', ipProtocol: 'udp', fromPort: 0, toPort: 65535, cidrIp: '0.0.0.0/0' });
    new ec2.CfnSecurityGroupIngress(this, 'Open', { groupId: 'sg-1', ipProtocol: 'tcp', fromPort: 0, toPort: 65535, cidrIp: props.cidr });
  }
}
