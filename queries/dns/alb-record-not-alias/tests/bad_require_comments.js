const { RecordTarget } = require('aws-cdk-lib/aws-route53');

exports.target = (lb) => RecordTarget.fromIpAddresses(
  // TODO: alias
  lb.loadBalancerDnsName, // expect: DNS001
);
