const autoscaling = require('aws-cdk-lib/aws-autoscaling');

function fleet(scope, vpc, instanceType, machineImage) {
  const asg = new autoscaling.AutoScalingGroup(scope, 'Fleet', {
    vpc, instanceType, machineImage,
    maxCapacity: 4,
    minCapacity: 2, // expect: CMP005 warning
  });
  asg.scaleOnMetric('Queue', { metric, scalingSteps: [] });
  return asg;
}
module.exports = { fleet };
