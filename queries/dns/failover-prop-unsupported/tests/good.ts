// cdklint-test-aws-cdk-lib: 2.233.0 package-lock.json
import * as route53 from 'aws-cdk-lib/aws-route53';

// The project is on the release that added the prop.
new route53.ARecord(this, 'Primary', {
  zone,
  target: route53.RecordTarget.fromIpAddresses('192.0.2.10'),
  failover: route53.Failover.PRIMARY,
  setIdentifier: 'primary',
});
