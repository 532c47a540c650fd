const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');

function target(nlb) {
  return route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(nlb)); // expect: DNS001
}
module.exports = { target };
