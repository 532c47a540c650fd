import * as cdk from 'aws-cdk-lib/core';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class EdgeStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, alb: elbv2.ApplicationLoadBalancer) {
    super(scope, id);
    acm.Certificate.fromCertificateArn(
      this, // TODO
      'Cert',
      // TODO: the real certificate
      'arn:aws:acm:us-east-1:111122223333:certificate/placeholder', // expect: TLS001
    );
    elbv2.ListenerCertificate.fromArn(/* TODO */ 'certificate_arn'); // expect: TLS001
    alb.addListener('Https', {
      port: 443, // TODO
      certificates: [{
        /* TODO */ certificateArn: cdk.Fn.sub( // expect: TLS001
          // TODO
          'arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/CHANGE_ME',
        ),
      }],
    });
    new cdk.CfnResource(this, 'Raw', {
      type: 'Custom::Cert',
      properties: { CertificateArn: JSON.stringify('arn:aws:acm:us-east-1:123456789012:certificate/x') }, // expect: TLS001
    });
  }
}
