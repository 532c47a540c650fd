// cdklint-test-path: test/dns.test.ts
import * as route53 from 'aws-cdk-lib/aws-route53';

// Test files use fixed ids on purpose.
route53.HostedZone.fromHostedZoneId(stack, 'Zone', 'Z04134401R0L0CDWNIT27');
new route53.CfnRecordSet(stack, 'R', { hostedZoneId: 'Z04134401R0L0CDWNIT27', name: 'x', type: 'A' });
