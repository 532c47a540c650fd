import * as route53 from 'aws-cdk-lib/aws-route53';
const hc = new route53.CfnHealthCheck(this, 'H', { healthCheckConfig: { type: 'HTTPS' } });
new route53.CfnRecordSet(this, 'R', { healthCheckId: hc.attrHealthCheckId, failover: 'PRIMARY'
