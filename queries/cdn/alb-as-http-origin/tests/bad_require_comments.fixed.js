const origins = require('aws-cdk-lib/aws-cloudfront-origins');

exports.origin = (alb) => new origins.LoadBalancerV2Origin(
  alb, // expect: CDN001
  // TODO: HTTPS
  { httpPort: 80 /* TODO */ },
);
