import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';

// The instances deploy an application of their own: what it serves is not the file's to say.
export class AppStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc }) {
    super(scope, id, props);
    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      'yum install -y nginx docker',
      'systemctl start nginx docker',
      'docker run -d -p 8080:8080 my-app:latest',
    );
    new elbv2.ApplicationTargetGroup(this, 'App', { vpc: props.vpc, port: 80, healthCheck: { path: '/health' } });
  }
}
