import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import { Construct } from 'constructs';

export class ComputeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc }) {
    super(scope, id, props);
    const fileSystem = new efs.FileSystem(this, 'Shared', { vpc: props.vpc });

    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      // CDK writes `#!/bin/bash` first: this line is only a comment, not `-e`.
      '#!/bin/bash -e',
      'yum update -y',
      'yum install -y amazon-efs-utils',
      'mkdir -p /mnt/efs',
      `mount -t efs ${fileSystem.fileSystemId}:/ /mnt/efs`, // expect: CMP004
      'echo "Setting up application..."',
    );

    const template = new ec2.LaunchTemplate(this, 'Template', {
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      userData,
    });

    // Default user data of an instance, reached through `instance.userData`.
    const bastion = new ec2.Instance(this, 'Bastion', {
      vpc: props.vpc,
      instanceType: new ec2.InstanceType('t3.micro'),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    });
    bastion.userData.addCommands('mount -a'); // expect: CMP004

    // A failure explicitly ignored is still ignored under `set -e`.
    const group = new autoscaling.AutoScalingGroup(this, 'Workers', {
      vpc: props.vpc,
      launchTemplate: template,
    });
    const workerData = ec2.UserData.custom(`#!/bin/bash -xe
yum install -y mount-s3
mkdir -p /mnt/s3
mount-s3 ${props.stackName}-content /mnt/s3 || true # expect: CMP004
`);
    new ec2.Instance(this, 'Worker', {
      vpc: props.vpc,
      instanceType: new ec2.InstanceType('t3.micro'),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      userData: workerData,
    });
    group.addUserData('echo ready');
  }
}
