import * as route53 from 'aws-cdk-lib/aws-route53';

new route53.CfnRecordSet(this, 'Fine', { hostedZoneId: zone.hostedZoneId, name: 'x', type: 'A' });
new route53.CfnRecordSet(this, 'Half', { hostedZoneId: 'Z04134401R0L0CDWNIT27'
