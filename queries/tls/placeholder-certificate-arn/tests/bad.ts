import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

const CERT_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234';

export class ComputeStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, alb: elbv2.ApplicationLoadBalancer) {
    super(scope, id);
    // seed 001 #1: the ARN of a certificate that was never created.
    alb.addListener('Https', {
      port: 443,
      certificates: [{
        certificateArn: cdk.Fn.sub('arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/placeholder'), // expect: TLS001 error
      }],
    });
    // seed 000 #5: a placeholder ARN on the listener.
    alb.addListener('Https2', {
      port: 8443,
      certificates: [acm.Certificate.fromCertificateArn(this, 'Cert', CERT_ARN)], // expect: TLS001
    });
    alb.addListener('Https3', {
      port: 9443,
      certificates: [elbv2.ListenerCertificate.fromArn(`arn:aws:acm:${this.region}:${this.account}:certificate/xxxx-xxxx`)], // expect: TLS001
    });
    new elbv2.CfnListener(this, 'L1', {
      loadBalancerArn: alb.loadBalancerArn,
      port: 443,
      protocol: 'HTTPS',
      defaultActions: [],
      certificates: [{ 'certificateArn': 'arn:aws:acm:us-east-1:111122223333:certificate/TODO' }], // expect: TLS001
    });
  }
}
