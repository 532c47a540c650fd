import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

declare const alb: elbv2.IApplicationLoadBalancer;
const lbOrigin = new origins.LoadBalancerV2Origin(alb, { protocolPolicy: undefined });
const external = new origins.HttpOrigin('api.example.org');
const fromBucket = new origins.HttpOrigin(bucket.bucketWebsiteDomainName);
const fromApi = new origins.HttpOrigin(`${api.restApiId}.execute-api.${region}.amazonaws.com`);
const fromMap = new origins.HttpOrigin(regionalAlbs[regions[0]]);
// A local class called HttpOrigin is not the CDK's.
class HttpOrigin {
  constructor(domain: string) {}
}
const local = new HttpOrigin(alb.loadBalancerDnsName);
// The DNS name in another argument position is not the origin domain.
const other = new origins.HttpOrigin('static.example.org', { customHeaders: { 'X-Alb': alb.loadBalancerDnsName } });
