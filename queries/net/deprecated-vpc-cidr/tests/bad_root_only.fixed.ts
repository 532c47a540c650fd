import * as cdk from 'aws-cdk-lib';

export function vpc(scope: cdk.Stack) {
  return new cdk.aws_ec2.Vpc(scope, 'Vpc', {
    ipAddresses: cdk.aws_ec2.IpAddresses.cidr('172.16.0.0/16'), // expect: NET002
  });
}
