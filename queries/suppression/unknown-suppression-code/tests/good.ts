import * as cdk from 'aws-cdk-lib';
// eslint-disable-next-line no-console -- other tools' comments are not ours
console.log('cdklint is not mentioned in a directive here');
// cdklint-disable-next-line NET001
const x = cdk.aws_ec2.SubnetType.PRIVATE_WITH_NAT;
