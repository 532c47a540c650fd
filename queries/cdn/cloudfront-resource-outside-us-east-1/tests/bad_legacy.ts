import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

// A certificate created directly in a stack instance and given to the legacy distribution.
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Site', { env: { region: 'eu-central-1' } });
const cert = new acm.Certificate(stack, 'Cert', { domainName: 'example.org' }); // expect: CDN005
new cloudfront.CloudFrontWebDistribution(stack, 'Cdn', {
  originConfigs,
  viewerCertificate: cloudfront.ViewerCertificate.fromAcmCertificate(cert),
});
