const { aws_route53: route53 } = require('aws-cdk-lib');
const { HealthCheck, HealthCheckType } = require('aws-cdk-lib/aws-route53');

function checks(scope, fqdn) {
  new HealthCheck(scope, 'Check', { type: HealthCheckType.HTTP_STR_MATCH, fqdn, searchString: 'ok' }); // expect: DNS006
  return new route53.CfnHealthCheck(scope, 'L1', { healthCheckConfig: { type: 'HTTP', fullyQualifiedDomainName: fqdn } }); // expect: DNS006
}
module.exports = { checks };
