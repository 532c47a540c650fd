import * as cdk from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

export class DnsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, zone: route53.IHostedZone) {
    super(scope, id);
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
    new route53.ARecord(this, 'Api', {
      zone,
      target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb)), // expect: DNS001 error
    });
    // The seed's shape: the DNS name bound to a name first.
    const albDns = alb.loadBalancerDnsName;
    new route53.ARecord(this, 'Www', {
      zone,
      target: route53.RecordTarget.fromIpAddresses(albDns), // expect: DNS001
    });
    new route53.ARecord(this, 'Legacy', {
      zone,
      target: route53.RecordTarget.fromIpAddresses('my-alb-1234.eu-west-1.elb.amazonaws.com'), // expect: DNS001
    });
    // Any position of the address list, not only the first few.
    new route53.ARecord(this, 'Many', {
      zone,
      target: route53.RecordTarget.fromIpAddresses(
        '192.0.2.1',
        '192.0.2.2',
        '192.0.2.3',
        '192.0.2.4',
        alb.loadBalancerDnsName, // expect: DNS001
      ),
    });
    new route53.ARecord(this, 'ManyHosts', {
      zone,
      target: route53.RecordTarget.fromIpAddresses(
        '192.0.2.1',
        '192.0.2.2',
        '192.0.2.3',
        '192.0.2.4',
        'my-alb-1234.eu-west-1.elb.amazonaws.com', // expect: DNS001
      ),
    });
  }
}
