import { aws_ec2 as ec2, Stack } from 'aws-cdk-lib';

export class RegionalResourcesStack extends Stack {
  constructor(scope: Stack, id: string, sg: ec2.SecurityGroup) {
    super(scope, id);
    // seed 002 #6: SSH allowed from 10.0.0.0/8.
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(22), 'SSH'); // expect: NET006 warning
    sg.addIngressRule(ec2.Peer.ipv4('172.16.0.0/12'), ec2.Port.SSH); // expect: NET006 warning
    sg.addIngressRule(ec2.Peer.ipv4('10.1.0.0/16'), ec2.Port.tcpRange(3000, 4000)); // expect: NET006 warning
    sg.addIngressRule(ec2.Peer.ipv6('2001:db8::/16'), ec2.Port.allTcp()); // expect: NET006 warning
    sg.connections.allowFrom(ec2.Peer.ipv4('192.168.0.0/16'), ec2.Port.RDP); // expect: NET006 warning
  }
}
