const cdk = require('aws-cdk-lib');
const { aws_ec2: ec2 } = require('aws-cdk-lib');
const ec2b = require('aws-cdk-lib/aws-ec2');

module.exports = {
  a: ec2.SubnetType.PRIVATE_WITH_EGRESS, // expect: NET001
  b: ec2b.SubnetType.PRIVATE_WITH_EGRESS, // expect: NET001
  c: cdk.aws_ec2.SubnetType.PRIVATE_WITH_EGRESS, // expect: NET001
};
