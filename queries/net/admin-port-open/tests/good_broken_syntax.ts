import * as ec2 from 'aws-cdk-lib/aws-ec2';

sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));
sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22)
