import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class SecurityStack extends cdk.Stack {
  readonly appSg: ec2.SecurityGroup;
  readonly nlbSg: ec2.SecurityGroup;

  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    // seed 004 7.1: the ALB's security group allows all outbound.
    const albSg = new ec2.SecurityGroup(this, 'AlbSecurityGroup', {
      vpc,
      allowAllOutbound: true, // expect: NET005 warning
    });
    new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true, securityGroup: albSg });

    this.appSg = new ec2.SecurityGroup(this, 'AppSg', { vpc, allowAllOutbound: true }); // expect: NET005 info

    this.nlbSg = new ec2.SecurityGroup(this, 'NlbSg', { vpc, 'allowAllOutbound': true }); // expect: NET005 warning
    const nlb = new elbv2.NetworkLoadBalancer(this, 'Nlb', { vpc });
    nlb.addSecurityGroup(this.nlbSg);

    const internalSg = new ec2.SecurityGroup(this, 'InternalSg', { vpc, allowAllOutbound: true }); // expect: NET005 warning
    new elbv2.NetworkLoadBalancer(this, 'Internal', { vpc, securityGroups: [internalSg] });

    new elbv2.ApplicationLoadBalancer(this, 'Inline', {
      vpc,
      securityGroup: new ec2.SecurityGroup(this, 'InlineSg', { vpc, allowAllOutbound: true }), // expect: NET005 warning
    });
  }
}
