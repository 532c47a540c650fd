import * as cdk from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';

export class ClusterStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });
    // ECS managed scaling resizes the group through its capacity provider.
    const asg = new autoscaling.AutoScalingGroup(this, 'Fleet', {
      instanceType: new ec2.InstanceType('t3.large'),
      machineImage: ecs.EcsOptimizedImage.amazonLinux2(),
      desiredCapacity: 3, // expect: CMP005 warning
      vpc,
    });
    const cluster = new ecs.Cluster(this, 'Cluster', { vpc });
    cluster.addAsgCapacityProvider(new ecs.AsgCapacityProvider(this, 'Provider', { autoScalingGroup: asg }));
  }
}
