import * as route53 from 'aws-cdk-lib/aws-route53';

new route53.CfnRecordSet(this, 'Fine', { failover: 'PRIMARY', healthCheckId: 'x' });
new route53.CfnRecordSet(this, 'Half', { failover: 'PRIMARY', healthCheckId: 
