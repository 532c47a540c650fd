const cdk = require('aws-cdk-lib');
const route53 = require('aws-cdk-lib/aws-route53');

module.exports = function records(scope) {
  new route53.CfnRecordSet(scope, 'R', { hostedZoneId: 'Z0413440ABCDEFGHIJ', name: 'x', type: 'A' }); // expect: DNS004
  return cdk.aws_route53.HostedZone.fromHostedZoneId(scope, 'Z', 'Z0413440ABCDEFGHIJ'); // expect: DNS004 info
};
