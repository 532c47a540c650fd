import * as cdk from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class ComputeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc }) {
    super(scope, id, props);
    const instanceType = new ec2.InstanceType('t3.micro');
    const machineImage = ec2.MachineImage.latestAmazonLinux2023();

    // Scaled by a policy: a warning.
    const web = new autoscaling.AutoScalingGroup(this, 'Web', {
      vpc: props.vpc,
      instanceType,
      machineImage,
      minCapacity: 2,
      maxCapacity: 10, // expect: CMP005 warning
    });
    web.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });

    this.workers = new autoscaling.AutoScalingGroup(this, 'Workers', {
      vpc: props.vpc,
      instanceType,
      machineImage,
      minCapacity: 3, // expect: CMP005 warning
      maxCapacity: 6,
    });
    this.workers.scaleOnSchedule('Night', { schedule: autoscaling.Schedule.cron({ hour: '0' }), minCapacity: 1 });

    // No policy in the file: information.
    new autoscaling.AutoScalingGroup(this, 'Batch', { vpc: props.vpc, instanceType, machineImage, minCapacity: 1 }); // expect: CMP005 info
  }
  workers: autoscaling.AutoScalingGroup;
}
