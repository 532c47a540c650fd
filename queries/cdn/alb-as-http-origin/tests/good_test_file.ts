// cdklint-test-path: test/edge.test.ts
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

new origins.HttpOrigin(alb.loadBalancerDnsName);
