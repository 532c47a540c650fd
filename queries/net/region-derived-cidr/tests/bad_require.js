const { aws_ec2: ec2 } = require('aws-cdk-lib');

function network(scope, region) {
  return new ec2.Vpc(scope, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr(region === 'us-east-1' ? '10.0.0.0/16' : '10.1.0.0/16') }); // expect: NET003
}
module.exports = { network };
