import cdk = require('aws-cdk-lib');

export const subnets = { subnetType: cdk.aws_ec2.SubnetType.PRIVATE_WITH_EGRESS }; // expect: NET001
