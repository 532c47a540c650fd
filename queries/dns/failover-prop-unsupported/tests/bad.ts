// cdklint-test-aws-cdk-lib: ^2.180.0 package.json
import * as route53 from 'aws-cdk-lib/aws-route53';
import { ARecord, Failover, RecordTarget } from 'aws-cdk-lib/aws-route53';

new route53.ARecord(this, 'Primary', {
  zone,
  target: route53.RecordTarget.fromIpAddresses('192.0.2.10'),
  failover: route53.Failover.PRIMARY, // expect: DNS005 error
  setIdentifier: 'primary',
});
new ARecord(this, 'Secondary', { zone, target: RecordTarget.fromIpAddresses('192.0.2.20'), failover: Failover.SECONDARY }); // expect: DNS005
new route53.CnameRecord(this, 'Www', { zone, domainName: 'x.example.org', failover: mode }); // expect: DNS005
