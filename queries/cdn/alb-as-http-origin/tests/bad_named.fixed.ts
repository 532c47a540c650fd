import { Stack } from 'aws-cdk-lib';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudfront_origins from 'aws-cdk-lib/aws-cloudfront-origins';

// `props.loadBalancerDnsName` may be a plain string field: reported, no fix.
export function origins(stack: Stack, alb: any, props: any) {
  return [
    new cloudfront_origins.LoadBalancerV2Origin(alb), // expect: CDN001
    new HttpOrigin(props.loadBalancerDnsName), // expect: CDN001
  ];
}
