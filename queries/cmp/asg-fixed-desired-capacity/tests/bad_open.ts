import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';

// `minCapacity` may come from the spread: flagged, without a fix.
export function group(scope: any, defaults: autoscaling.AutoScalingGroupProps) {
  return new autoscaling.AutoScalingGroup(scope, 'Group', { ...defaults, desiredCapacity: 4 }); // expect: CMP005 info
}
