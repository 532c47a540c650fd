import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

declare const origin: cloudfront.IOrigin;
declare const logBucket: any;
new cloudfront.Distribution(this, 'Bucket', {
  // TODO: prefix
  defaultBehavior: { origin },
  enableLogging: false, // a bucket still turns logging on
  logBucket,
});
new cloudfront.Distribution(this, 'Choice', { defaultBehavior: { origin }, enableLogging: isProd ? true : false });
class Distribution { constructor(..._args: unknown[]) {} }
new Distribution(this, 'Local', { defaultBehavior: { origin } });
