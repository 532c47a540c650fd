import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

declare const origin: cloudfront.IOrigin;
const names = ['www.example.org'];
new cloudfront.Distribution(
  this, // TODO: scope
  'Site',
  {
    // TODO: certificate in us-east-1
    defaultBehavior: { origin /* TODO */ },
    domainNames: names, // expect: CDN002
  },
);
new cloudfront.Distribution(this, 'Later', {
  defaultBehavior: { origin },
  domainNames: [
    // TODO: more names
    'a.example.org',
  ],
  certificate: (undefined), // expect: CDN002
});
