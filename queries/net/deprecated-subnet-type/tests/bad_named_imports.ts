import { aws_ec2 as ec2, Stack } from 'aws-cdk-lib';
import { SubnetType } from 'aws-cdk-lib/aws-ec2';
import { SubnetType as ST } from 'aws-cdk-lib/aws-ec2';

export const a = ec2.SubnetType.PRIVATE_WITH_NAT; // expect: NET001
export const b = SubnetType.PRIVATE_WITH_NAT; // expect: NET001
export const c = ST.PRIVATE_WITH_NAT; // expect: NET001
// A name bound in this file to the enum resolves too.
const Types = ec2.SubnetType;
export const d = Types.PRIVATE_WITH_NAT; // expect: NET001
