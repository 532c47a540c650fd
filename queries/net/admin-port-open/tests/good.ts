import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class WebStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc, bastion: ec2.ISecurityGroup, port: number) {
    super(scope, id);
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });
    // Web ports from anywhere are what a public load balancer is for.
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS');
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80));
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcpRange(80, 443));
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcpRange(32768, 65535), 'ephemeral');
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allIcmp());
    // Narrow peers for SSH.
    sg.addIngressRule(ec2.Peer.ipv4('203.0.113.10/32'), ec2.Port.tcp(22));
    sg.addIngressRule(ec2.Peer.ipv4('10.0.1.0/24'), ec2.Port.SSH);
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/17'), ec2.Port.RDP);
    sg.addIngressRule(ec2.Peer.securityGroupId(bastion.securityGroupId), ec2.Port.tcp(22));
    sg.addIngressRule(bastion, ec2.Port.allTcp());
    sg.connections.allowFrom(bastion, ec2.Port.tcp(22));
    // Not literal: decided elsewhere.
    sg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(22));
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(port));
    // Egress is not ingress.
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    sg.connections.allowTo(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    sg.connections.allowFromAnyIpv4(ec2.Port.tcp(443));
    new ec2.CfnSecurityGroup(this, 'L1', {
      groupDescription: 'web',
      securityGroupIngress: [
        { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0' },
        { ipProtocol: 'udp', fromPort: 0, toPort: 65535, cidrIp: '10.0.0.0/24' },
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '203.0.113.10/32' },
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, sourceSecurityGroupId: bastion.securityGroupId },
      ],
      securityGroupEgress: [{ ipProtocol: '-1', cidrIp: '0.0.0.0/0' }],
    });
    new ec2.CfnSecurityGroupEgress(this, 'Out', { groupId: 'sg-1', ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '0.0.0.0/0' });
    new ec2.CfnSecurityGroupIngress(this, 'Spread', { ...openSsh });
  }
}

// Local lookalikes are not the CDK's.
class Peer {
  static anyIpv4() {
    return 'any';
  }
}
class Port {
  static tcp(n: number) {
    return n;
  }
}
firewall.addIngressRule(Peer.anyIpv4(), Port.tcp(22));
