import * as ec2 from 'aws-cdk-lib/aws-ec2';

const ok = new ec2.Vpc(this, 'Ok', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') });
const half = new ec2.Vpc(this, 'Half', { cidr:
