import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

export class EdgeStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, alb: any, domainName: string) {
    super(scope, id);
    // seed 000 #5: the certificate was left for later.
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: { origin: new origins.LoadBalancerV2Origin(alb) },
      domainNames: [domainName],
      certificate: undefined, // expect: CDN002 error
    });
    new cloudfront.Distribution(this, 'NoCert', {
      defaultBehavior: { origin: new origins.LoadBalancerV2Origin(alb) },
      domainNames: [`www.${domainName}`], // expect: CDN002
    });
    new cdk.aws_cloudfront.Distribution(this, 'Quoted', { defaultBehavior: { origin: new origins.LoadBalancerV2Origin(alb) }, 'domainNames': ['a.example.org'] }); // expect: CDN002
  }
}
