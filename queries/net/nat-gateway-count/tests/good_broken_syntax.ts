import * as ec2 from 'aws-cdk-lib/aws-ec2';

new ec2.Vpc(this, 'One', { natGateways: 1 });
new ec2.Vpc(this, 'Two', { natGateways: 2,
