import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

declare const alb: elbv2.IApplicationLoadBalancer;
export const origin = new origins.LoadBalancerV2Origin(
  // TODO: use the load balancer origin
  alb, // expect: CDN001
  {
    // TODO: HTTPS
    protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,
  },
);
// A member bound to the DNS name: reported, no fix.
export class Edge {
  constructor(private readonly config: { loadBalancerDnsName: string }) {
    this.dns = alb.loadBalancerDnsName;
    const origin = new origins.HttpOrigin(/* TODO */ this.dns); // expect: CDN001
    const fromConfig = new origins.HttpOrigin(this.config.loadBalancerDnsName); // expect: CDN001
  }
}
