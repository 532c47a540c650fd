const cdk = require('aws-cdk-lib/core');
const route53 = require('aws-cdk-lib/aws-route53');

const ZONE = 'your-domain.com';
module.exports = (scope) => {
  new route53.PublicHostedZone(scope, 'Zone', {
    zoneName: ZONE, // expect: TLS002
    // TODO
  });
  return new cdk.Stack(scope, 'S', { env: { account: 'xxxxxxxxxxxx' /* TODO */ } }); // expect: TLS002
};
