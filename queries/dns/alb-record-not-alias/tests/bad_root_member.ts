import { aws_route53 as route53, Stack } from 'aws-cdk-lib';
import { aws_route53_targets as r53targets } from 'aws-cdk-lib';

export function record(stack: Stack, zone: route53.IHostedZone, lb: any) {
  // The file already imports the targets module: the fix uses its alias.
  new r53targets.LoadBalancerTarget(lb);
  return new route53.ARecord(stack, 'A', {
    zone,
    target: route53.RecordTarget.fromIpAddresses(lb.loadBalancerDnsName), // expect: DNS001
  });
}
