const { aws_cloudfront_origins: origins } = require('aws-cdk-lib');

function origin(alb) {
  return new origins.LoadBalancerV2Origin(alb, { httpPort: 8080 }); // expect: CDN001
}
module.exports = { origin };
