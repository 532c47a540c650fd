import * as ec2 from 'aws-cdk-lib/aws-ec2';

const ok = new ec2.SecurityGroup(this, 'Ok', { vpc, allowAllOutbound: false });
const half = new ec2.SecurityGroup(this, 'Half', { vpc, allowAllOutbound: true
