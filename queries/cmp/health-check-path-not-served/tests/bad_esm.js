import { UserData } from 'aws-cdk-lib/aws-ec2';
import { ApplicationTargetGroup } from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export function webTier(scope, vpc) {
  const userData = UserData.forLinux();
  userData.addCommands('dnf install -y nginx', 'systemctl start nginx');
  return new ApplicationTargetGroup(scope, 'Web', {
    vpc,
    port: 80,
    healthCheck: { path: '/ready' }, // expect: CMP002
  });
}
