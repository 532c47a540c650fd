import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

const restricted = new ec2.SecurityGroup(this, 'Restricted', { vpc, allowAllOutbound: false });
restricted.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(80));
new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, securityGroup: restricted });
// Left to the default: nothing written, nothing flagged here.
const plain = new ec2.SecurityGroup(this, 'Plain', { vpc });
const fromProps = new ec2.SecurityGroup(this, 'FromProps', { vpc, allowAllOutbound: props.openEgress });
const spread = new ec2.SecurityGroup(this, 'Spread', { ...defaults });
// Other constructs' allowAllOutbound is not a security group's.
new lambda.Function(this, 'Fn', { runtime, handler, code, vpc, allowAllOutbound: true });
const imported = ec2.SecurityGroup.fromSecurityGroupId(this, 'Imported', 'sg-123', { allowAllOutbound: true });
class SecurityGroup {
  constructor(scope: unknown, id: string, props: { allowAllOutbound: boolean }) {}
}
new SecurityGroup(this, 'Local', { allowAllOutbound: true });
