import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

const fine = new origins.LoadBalancerV2Origin(alb);
const half = new origins.HttpOrigin(alb.loadBalancerDnsName, {
