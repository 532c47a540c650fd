const cdk = require('aws-cdk-lib');
const { aws_route53: route53 } = require('aws-cdk-lib');

function failover(scope, zoneId) {
  const health = new route53.CfnHealthCheck(scope, 'Health', { healthCheckConfig: { type: 'HTTPS' } }); // expect: DNS003
  new cdk.CfnOutput(scope, 'HealthId', { value: cdk.Fn.join('', ['id-', health.attrHealthCheckId]) });
  return new route53.CfnRecordSet(scope, 'Primary', { hostedZoneId: zoneId, failover: 'PRIMARY', type: 'A' });
}
module.exports = { failover };
