import * as route53 from 'aws-cdk-lib/aws-route53';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

declare const zone: route53.IHostedZone;
declare const alb: elbv2.IApplicationLoadBalancer;

new route53.ARecord(this, 'Api', {
  // TODO: move to an alias
  zone,
  target: route53.RecordTarget.fromIpAddresses(
    // TODO: the load balancer's name
    alb.loadBalancerDnsName, // expect: DNS001
    // TODO: nothing else
  ),
});
// The DNS name among IP literals, in a later position.
const mixed = route53.RecordTarget.fromIpAddresses('192.0.2.1', /* TODO */ alb.loadBalancerDnsName); // expect: DNS001
const host = route53.RecordTarget.fromIpAddresses(/* TODO */ `${name}.internal.example.org`); // expect: DNS001
