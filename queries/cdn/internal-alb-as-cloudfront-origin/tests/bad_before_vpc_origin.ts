// cdklint-test-aws-cdk-lib: 2.170.0 package-lock.json
// The project's lock file names a release without `VpcOrigin`: the finding stays, no fix.
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export function web(scope: Construct, vpc: ec2.IVpc) {
  const alb = new elbv2.ApplicationLoadBalancer(scope, 'Alb', { vpc });
  const nlb = new elbv2.NetworkLoadBalancer(scope, 'Nlb', { vpc });
  new origins.LoadBalancerV2Origin(nlb); // expect: CDN006
  return new cloudfront.Distribution(scope, 'Cdn', {
    defaultBehavior: { origin: new origins.LoadBalancerV2Origin(alb) }, // expect: CDN006
  });
}
