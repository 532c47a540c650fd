// cdklint-test-aws-cdk-lib: ^2.100.0 package.json
// A range may install a release with `VpcOrigin`: the fix is offered.
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export function origin(scope: Construct, vpc: ec2.IVpc) {
  const alb = new elbv2.ApplicationLoadBalancer(scope, 'Alb', { vpc });
  return new origins.LoadBalancerV2Origin(alb); // expect: CDN006
}
