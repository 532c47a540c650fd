import { Vpc } from 'aws-cdk-lib/aws-ec2';

export const vpc = new Vpc(this, 'Vpc', { natGateways: 2 }); // expect: NET004
