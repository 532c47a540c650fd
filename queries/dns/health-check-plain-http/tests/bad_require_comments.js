const route53 = require('aws-cdk-lib/aws-route53');

module.exports = (scope) => new route53.CfnHealthCheck(scope, 'Check', {
  healthCheckConfig: {
    // TODO: HTTPS
    type: 'HTTP', // expect: DNS006
  },
});
