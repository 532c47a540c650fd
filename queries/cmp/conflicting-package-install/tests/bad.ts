import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class RegionalResourcesStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc; bucketName: string }) {
    super(scope, id, props);
    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      'yum update -y',
      'yum install -y nginx',
      'yum install -y https://s3.amazonaws.com/mountpoint-s3-release/latest/x86_64/mount-s3.rpm',
    );
    userData.addCommands(
      'amazon-linux-extras install nginx1 -y', // expect: CMP003
      `mount-s3 ${props.bucketName} /usr/share/nginx/html || exit 1`,
      'systemctl start nginx',
    );

    // One custom script: the topic first, then the same package again through yum.
    const script = `#!/bin/bash
sudo amazon-linux-extras install -y php7.4 docker
sudo yum -y install httpd php # expect: CMP003
`;
    new ec2.LaunchTemplate(this, 'Template', { userData: ec2.UserData.custom(script) });
  }
}
