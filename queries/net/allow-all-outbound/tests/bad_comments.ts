import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class WebStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const albSg = new ec2.SecurityGroup(this, /* TODO */ 'AlbSg', {
      vpc, // TODO
      // TODO: restrict egress
      allowAllOutbound: true, // expect: NET005 warning
    });
    new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc, // TODO
      securityGroup: albSg,
    });
    new ec2.SecurityGroup(this, 'App', { vpc, /* TODO */ allowAllOutbound: true }); // expect: NET005 info
  }
}
