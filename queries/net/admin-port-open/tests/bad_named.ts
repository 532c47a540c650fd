import { Peer, Port as P, SecurityGroup } from 'aws-cdk-lib/aws-ec2';

export function open(sg: SecurityGroup) {
  sg.addIngressRule(Peer.anyIpv4(), P.tcp(22)); // expect: NET006
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), P.SSH); // expect: NET006 warning
}
