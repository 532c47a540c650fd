import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

class WebStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const cert = new acm.Certificate(this, 'Cert', { // expect: CDN005 error
      domainName: 'www.example.org',
      validation: acm.CertificateValidation.fromDns(zone),
    });
    const acl = new wafv2.CfnWebACL(this, 'Acl', { // expect: CDN005
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig,
    });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: { origin: new origins.HttpOrigin('origin.example.org') },
      domainNames: ['www.example.org'],
      certificate: cert,
      webAclId: acl.attrArn,
    });
  }
}

const app = new cdk.App();
new WebStack(app, 'Web', { env: { account: '111111111111', region: 'eu-west-1' } });
