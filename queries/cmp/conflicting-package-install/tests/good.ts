import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

class UserData {
  static forLinux() {
    return new UserData();
  }
  addCommands(..._commands: string[]) {}
}

export class WebStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // The documented way: enable the topic, then install with yum.
    const enabled = ec2.UserData.forLinux();
    enabled.addCommands('amazon-linux-extras enable nginx1', 'yum clean metadata', 'yum install -y nginx');

    // Different packages through each installer.
    const mixed = ec2.UserData.forLinux();
    mixed.addCommands('yum install -y amazon-efs-utils python3', 'amazon-linux-extras install -y docker python3.8');

    // Two different user data: each installs nginx once.
    ec2.UserData.custom('#!/bin/bash\nyum install -y nginx\n');
    ec2.UserData.custom('#!/bin/bash\namazon-linux-extras install -y nginx1\n');

    // Inside a heredoc: text written to a file, not run.
    const docs = ec2.UserData.forLinux();
    docs.addCommands('yum install -y nginx', "cat > /root/README <<'EOF'", 'amazon-linux-extras install nginx1', 'EOF');

    UserData.forLinux().addCommands('yum install -y nginx', 'amazon-linux-extras install nginx1');
  }
}
