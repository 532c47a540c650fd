import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';

// A class of the file's own that shares the name.
class ApplicationTargetGroup {
  constructor(_scope: unknown, _id: string, _props: unknown) {}
}

export class ComputeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc; healthPath: string }) {
    super(scope, id, props);
    // The user data serves the path: a page written under the web root, and an nginx location.
    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      'yum install -y httpd nginx',
      'systemctl start httpd',
      'mkdir -p /var/www/html',
      'echo "<h1>Healthy</h1>" > /var/www/html/health',
      "cat > /etc/nginx/conf.d/status.conf <<'EOF'",
      'server { location /status { return 200 "ok"; } }',
      'EOF',
    );
    new elbv2.ApplicationTargetGroup(this, 'Web', { vpc: props.vpc, port: 80, healthCheck: { path: '/health' } });
    new elbv2.ApplicationTargetGroup(this, 'Status', { vpc: props.vpc, port: 80, healthCheck: { path: '/status' } });
    // The server's own page, and a path the file does not show.
    new elbv2.ApplicationTargetGroup(this, 'Root', { vpc: props.vpc, port: 80, healthCheck: { path: '/' } });
    new elbv2.ApplicationTargetGroup(this, 'Param', { vpc: props.vpc, port: 80, healthCheck: { path: props.healthPath } });
    new ApplicationTargetGroup(this, 'Local', { healthCheck: { path: '/nothing' } });
  }
}

// Codes other than 200 count as healthy, or the check is off: not judged.
export class Lenient extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc; fsId: string }) {
    super(scope, id, props);
    const userData = ec2.UserData.forLinux();
    userData.addCommands('yum install -y httpd', 'systemctl start httpd', `echo "${props.fsId}:/ /mnt efs _netdev 0 0" >> /etc/fstab`);
    new elbv2.ApplicationTargetGroup(this, 'Codes', { vpc: props.vpc, port: 80, healthCheck: { path: '/health', healthyHttpCodes: '200-499' } });
    new elbv2.ApplicationTargetGroup(this, 'Off', { vpc: props.vpc, port: 80, healthCheck: { path: '/health', enabled: false } });
  }
}
