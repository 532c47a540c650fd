import * as cdk from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';

const HEALTH_PATH = '/health';

export class ComputeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc }) {
    super(scope, id, props);
    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      'yum update -y',
      'yum install -y httpd',
      'systemctl start httpd',
      'systemctl enable httpd',
      'echo "<h1>Healthy</h1>" > /var/www/html/index.html',
    );
    const asg = new autoscaling.AutoScalingGroup(this, 'Web', {
      vpc: props.vpc,
      instanceType: new ec2.InstanceType('t3.micro'),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      userData,
    });
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc: props.vpc, internetFacing: true });
    const listener = alb.addListener('Http', { port: 80 });
    listener.addTargets('Fleet', {
      port: 80,
      targets: [asg],
      healthCheck: {
        path: HEALTH_PATH, // expect: CMP002
        interval: cdk.Duration.seconds(30),
      },
    });
    const tg = new elbv2.ApplicationTargetGroup(this, 'Api', {
      vpc: props.vpc,
      port: 80,
      healthCheck: { path: '/api/healthz' }, // expect: CMP002
    });
    tg.configureHealthCheck({ path: '/status' }); // expect: CMP002
  }
}
