const { aws_elasticloadbalancingv2: elbv2, aws_cloudfront_origins: origins } = require('aws-cdk-lib');

function origin(scope, vpc) {
  const alb = new elbv2.ApplicationLoadBalancer(scope, 'Alb', { vpc });
  return new origins.LoadBalancerV2Origin(alb); // expect: CDN006
}
module.exports = { origin };
