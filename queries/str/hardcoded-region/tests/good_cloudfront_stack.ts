import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

// Certificates for CloudFront must be in us-east-1: that region is not a choice here.
class CertStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const cert = new acm.Certificate(this, 'Cert', { domainName: 'example.org' });
    new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, certificate: cert, domainNames: ['example.org'] });
  }
}

const app = new cdk.App();
new CertStack(app, 'Cert', { env: { region: 'us-east-1' } });
