import * as ec2 from 'aws-cdk-lib/aws-ec2';

// A local enum that happens to share the CDK's name is not the CDK.
enum SubnetType {
  PRIVATE_WITH_NAT = 'nat',
}
const local = SubnetType.PRIVATE_WITH_NAT;

const current = ec2.SubnetType.PRIVATE_WITH_EGRESS;
const isolated = ec2.SubnetType.PRIVATE_ISOLATED;
const text = 'SubnetType.PRIVATE_WITH_NAT';
const other = someLibrary.SubnetType.PRIVATE_WITH_NAT;
// In CDK v2 `PRIVATE` is not a SubnetType member; only v1 code is checked for it.
const v2Private = ec2.SubnetType.PRIVATE;
