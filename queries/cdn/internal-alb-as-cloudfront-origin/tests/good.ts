import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

interface WebProps extends cdk.StackProps {
  alb: elbv2.IApplicationLoadBalancer;
  lbOptions: elbv2.ApplicationLoadBalancerProps;
}

export class WebStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc');
    // Internet-facing load balancers are reachable.
    const publicAlb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: { origin: new origins.LoadBalancerV2Origin(publicAlb) },
    });
    new origins.HttpOrigin(publicAlb.loadBalancerDnsName);
    // From props, a parameter, a lookup: not judged.
    new origins.LoadBalancerV2Origin(props.alb);
    const looked = elbv2.ApplicationLoadBalancer.fromLookup(this, 'Lookup', { loadBalancerTags: { app: 'web' } });
    new origins.LoadBalancerV2Origin(looked);
    new origins.HttpOrigin(props.alb.loadBalancerDnsName);
    // Props the file does not show, and a scheme from a variable.
    const spread = new elbv2.ApplicationLoadBalancer(this, 'Spread', { vpc, ...props.lbOptions });
    new origins.LoadBalancerV2Origin(spread);
    const exposed = this.node.tryGetContext('public') === 'true';
    const maybe = new elbv2.ApplicationLoadBalancer(this, 'Maybe', { vpc, internetFacing: exposed });
    new origins.LoadBalancerV2Origin(maybe);
    // Already a VPC origin.
    const internal = new elbv2.ApplicationLoadBalancer(this, 'Internal', { vpc });
    origins.VpcOrigin.withApplicationLoadBalancer(internal);
  }
}

export function originFor(alb: elbv2.ApplicationLoadBalancer) {
  return new origins.LoadBalancerV2Origin(alb);
}
