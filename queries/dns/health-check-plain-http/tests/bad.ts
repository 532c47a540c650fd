import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { aws_route53 as r53 } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class DnsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, alb: elbv2.IApplicationLoadBalancer) {
    super(scope, id);
    new route53.CfnHealthCheck(this, 'PrimaryHealthCheck', {
      healthCheckConfig: {
        type: 'HTTP', // expect: DNS006 info
        resourcePath: '/health',
        fullyQualifiedDomainName: alb.loadBalancerDnsName,
        port: 80,
      },
    });
    // The config cast to `any` (seed 002 #10) is still read.
    new r53.CfnHealthCheck(this, 'Secondary', {
      'healthCheckConfig': {
        'type': "HTTP_STR_MATCH", // expect: DNS006
        searchString: 'ok',
      } as any,
    });
    new route53.HealthCheck(this, 'L2', {
      type: route53.HealthCheckType.HTTP, // expect: DNS006
      fqdn: alb.loadBalancerDnsName,
    });
    const checkType = 'HTTP';
    new cdk.aws_route53.CfnHealthCheck(this, 'Bound', { healthCheckConfig: { type: checkType, port: 80 } }); // expect: DNS006
  }
}
