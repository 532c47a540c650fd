import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { NetworkLoadBalancer } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class WebStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc');
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: {
        origin: new origins.LoadBalancerV2Origin(alb, { // expect: CDN006 error
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,
        }),
      },
    });
    this.privateAlb = new elbv2.ApplicationLoadBalancer(this, 'Private', { vpc, internetFacing: false });
    const o2 = new origins.LoadBalancerV2Origin(this.privateAlb); // expect: CDN006
    const nlb = new NetworkLoadBalancer(this, 'Nlb', { vpc });
    const o3 = new origins.LoadBalancerV2Origin(nlb); // expect: CDN006
    const o4 = new origins.HttpOrigin(alb.loadBalancerDnsName, { httpPort: 80 }); // expect: CDN006
    const dns = nlb.loadBalancerDnsName;
    const o5 = new origins.HttpOrigin(dns); // expect: CDN006
  }
}
