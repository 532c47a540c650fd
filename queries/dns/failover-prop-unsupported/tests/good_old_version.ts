// cdklint-test-aws-cdk-lib: 2.100.0 package-lock.json
import * as route53 from 'aws-cdk-lib/aws-route53';

// An old version, but no L2 `failover`: the L1 has always had it.
new route53.CfnRecordSet(this, 'Primary', { hostedZoneId, name: 'a.example.org', type: 'A', failover: 'PRIMARY', setIdentifier: 'p' });
new route53.ARecord(this, 'Plain', { zone, target: route53.RecordTarget.fromIpAddresses('192.0.2.10') });
// A local class named like the CDK one.
class ARecord { constructor(..._args: unknown[]) {} }
new ARecord(this, 'Local', { failover: 'PRIMARY' });
