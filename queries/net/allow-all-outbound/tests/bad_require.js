const cdk = require('aws-cdk-lib');

function sg(scope, vpc) {
  return new cdk.aws_ec2.SecurityGroup(scope, 'Sg', { vpc, allowAllOutbound: true }); // expect: NET005
}
module.exports = { sg };
