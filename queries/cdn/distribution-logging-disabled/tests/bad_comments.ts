import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

declare const origin: cloudfront.IOrigin;
new cloudfront.Distribution( // expect: CDN004
  this, // TODO: scope
  'Site',
  {
    // TODO: logging
    defaultBehavior: { origin /* TODO */ },
  },
);
const logging = false;
new cloudfront.Distribution(this, 'Off', {
  defaultBehavior: { origin },
  // TODO: turn it back on
  enableLogging: logging, // expect: CDN004
});
