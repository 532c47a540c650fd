import * as route53 from 'aws-cdk-lib/aws-route53';

new route53.CfnHealthCheck(this, 'Fine', { healthCheckConfig: { type: 'HTTPS', port: 443 } });
new route53.CfnHealthCheck(this, 'Half', { healthCheckConfig: { type: 'HT
