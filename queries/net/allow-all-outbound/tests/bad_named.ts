import { SecurityGroup as SG, Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer } from 'aws-cdk-lib/aws-elasticloadbalancingv2';

const vpc = new Vpc(this, 'Vpc');
const lbSg = new SG(this, 'LbSg', { vpc, allowAllOutbound: true }); // expect: NET005 warning
const alb = new ApplicationLoadBalancer(this, 'Alb', { vpc });
alb.addSecurityGroup(lbSg);
