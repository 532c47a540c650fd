const cdk = require('aws-cdk-lib');

function primaryRecord(scope, zoneId) {
  return new cdk.aws_route53.CfnRecordSet(scope, 'Primary', { hostedZoneId: zoneId, name: 'a', type: 'A', failover: 'PRIMARY', resourceRecords: ['192.0.2.1'] }); // expect: DNS002
}
module.exports = { primaryRecord };
