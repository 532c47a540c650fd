import cdk = require('aws-cdk-lib');

export const subnets = { subnetType: cdk.aws_ec2.SubnetType.PRIVATE_WITH_NAT }; // expect: NET001
