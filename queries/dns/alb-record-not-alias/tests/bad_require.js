const route53 = require('aws-cdk-lib/aws-route53');

function target(nlb) {
  return route53.RecordTarget.fromIpAddresses(nlb.loadBalancerDnsName); // expect: DNS001
}
module.exports = { target };
