const { RecordTarget } = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');

exports.target = (lb) => RecordTarget.fromAlias(
  // TODO: alias
  new targets.LoadBalancerTarget(lb), // expect: DNS001
);
