const origins = require('aws-cdk-lib/aws-cloudfront-origins');

exports.origin = (alb) => new origins.HttpOrigin(
  alb.loadBalancerDnsName, // expect: CDN001
  // TODO: HTTPS
  { httpPort: 80 /* TODO */ },
);
