import * as route53 from 'aws-cdk-lib/aws-route53';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

new route53.CfnHealthCheck(this, 'Https', {
  healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'app.example.org', port: 443 },
});
new route53.CfnHealthCheck(this, 'Match', {
  healthCheckConfig: { type: 'HTTPS_STR_MATCH', searchString: 'ok' },
});
new route53.CfnHealthCheck(this, 'Tcp', { healthCheckConfig: { type: 'TCP', port: 22 } });
new route53.HealthCheck(this, 'L2', { type: route53.HealthCheckType.HTTPS, fqdn: 'x.example.org' });
new route53.HealthCheck(this, 'Calc', { type: route53.HealthCheckType.CALCULATED, childHealthChecks: [] });
// A props variable hides the config: not judged.
new route53.CfnHealthCheck(this, 'FromProps', props);

// A target-group health check is not a Route 53 health check.
const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', {
  port: 80,
  protocol: elbv2.ApplicationProtocol.HTTP,
  healthCheck: { protocol: elbv2.Protocol.HTTP, path: '/health' },
});

// A local class called CfnHealthCheck is not the CDK's.
class CfnHealthCheck {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new CfnHealthCheck(this, 'Local', { healthCheckConfig: { type: 'HTTP' } });
const text = "type: 'HTTP'";
