const { aws_cloudfront_origins: origins } = require('aws-cdk-lib');

function origin(alb) {
  return new origins.HttpOrigin(alb.loadBalancerDnsName, { httpPort: 8080 }); // expect: CDN001
}
module.exports = { origin };
