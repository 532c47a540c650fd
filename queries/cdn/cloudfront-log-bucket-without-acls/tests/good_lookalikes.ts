import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

// A local bucket model, not the CDK's.
class Bucket {
  constructor(public name: string) {}
}
const logs = new Bucket('logs');
new cloudfront.Distribution(this, 'Cdn', { defaultBehavior, logBucket: logs as any });
