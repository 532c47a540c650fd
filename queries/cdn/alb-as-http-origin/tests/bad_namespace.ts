import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as cloudfrontOrigins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class EdgeStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { alb: elbv2.IApplicationLoadBalancer }) {
    super(scope, id);
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: {
        origin: new cloudfrontOrigins.HttpOrigin(alb.loadBalancerDnsName, { // expect: CDN001 info
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,
          httpPort: 80,
        }),
      },
    });
    const second = new cloudfrontOrigins.HttpOrigin(props.alb.loadBalancerDnsName); // expect: CDN001
    const third = new cdk.aws_cloudfront_origins.HttpOrigin(this.alb!.loadBalancerDnsName, { originId: 'x' }); // expect: CDN001
    // seed 001 #8 kept DNS names in variables: reported, without a fix.
    const albDns = alb.loadBalancerDnsName;
    const fourth = new cloudfrontOrigins.HttpOrigin(albDns); // expect: CDN001
  }
}
