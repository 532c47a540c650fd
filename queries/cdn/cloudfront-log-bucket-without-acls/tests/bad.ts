import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class CdnStack extends cdk.Stack {
  constructor(scope: Construct, id: string, origin: cloudfront.IOrigin) {
    super(scope, id);
    const logs = new s3.Bucket(this, 'CdnLogs', { // expect: CDN007 error
      enforceSSL: true,
      lifecycleRules: [{ expiration: cdk.Duration.days(90) }],
    });
    new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, enableLogging: true, logBucket: logs });
    // Inline, with no props at all.
    new cloudfront.Distribution(this, 'Cdn2', {
      defaultBehavior: { origin },
      logBucket: new s3.Bucket(this, 'Inline'), // expect: CDN007
    });
    // ACLs disabled explicitly.
    this.webLogs = new s3.Bucket(this, 'WebLogs', {
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED, // expect: CDN007
    });
    new cloudfront.CloudFrontWebDistribution(this, 'Web', {
      originConfigs: [],
      loggingConfig: { bucket: this.webLogs, prefix: 'web/' },
    });
  }
}
