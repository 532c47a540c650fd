import * as route53 from 'aws-cdk-lib/aws-route53';

const config = {
  // TODO: switch to HTTPS
  type: 'HTTP', // expect: DNS006
  port: 80,
};
new route53.CfnHealthCheck(this, 'FromConst', {
  // TODO: share the config
  healthCheckConfig: config,
});
new route53.HealthCheck(
  this, // TODO: scope
  'L2',
  {
    // TODO: HTTPS
    type: route53.HealthCheckType.HTTP_STR_MATCH, // expect: DNS006
    searchString: 'ok',
  },
);
