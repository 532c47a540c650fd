const route53 = require('aws-cdk-lib/aws-route53');

exports.record = (scope, zone) => new route53.ARecord(scope, 'Primary', {
  zone,
  // TODO: health check
  failover: route53.Failover.PRIMARY, // expect: DNS002
  target: route53.RecordTarget.fromIpAddresses(/* TODO */ '192.0.2.10'),
});
