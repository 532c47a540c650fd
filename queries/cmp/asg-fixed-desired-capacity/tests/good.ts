import * as cdk from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

// A class of the file's own that shares the name.
class AutoScalingGroup {
  constructor(_scope: unknown, _id: string, _props: { desiredCapacity: number }) {}
}

export class ComputeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc; cluster: ecs.Cluster }) {
    super(scope, id, props);
    const asg = new autoscaling.AutoScalingGroup(this, 'Web', {
      vpc: props.vpc,
      instanceType: new ec2.InstanceType('t3.micro'),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      minCapacity: 2,
      maxCapacity: 10,
      desiredCapacity: undefined,
    });
    asg.scaleOnRequestCount('Requests', { targetRequestsPerMinute: 1000 });
    new AutoScalingGroup(this, 'Local', { desiredCapacity: 3 });
    // An ECS service's desired count and an L1 group are other things.
    new ecs.Ec2Service(this, 'Service', { cluster: props.cluster, taskDefinition: undefined as never, desiredCount: 2 });
    new autoscaling.CfnAutoScalingGroup(this, 'L1', { maxSize: '4', minSize: '1', desiredCapacity: '2' });
  }
}
