import { aws_cloudfront_origins as origins, aws_elasticloadbalancingv2 as elbv2 } from 'aws-cdk-lib';

declare const service: { loadBalancer: elbv2.ApplicationLoadBalancer };
export const origin = new origins.HttpOrigin(
  service.loadBalancer.loadBalancerDnsName, // expect: CDN001
  { readTimeout: cdk.Duration.seconds(30) },
);
