import { Stack } from 'aws-cdk-lib';
import { Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { aws_s3 as s3buckets } from 'aws-cdk-lib';

export class SiteStack extends Stack {
  readonly assets = new Bucket(this, 'Assets', { // expect: S3001
    encryption: BucketEncryption.KMS_MANAGED,
    enforceSSL: true,
  });
  readonly cache = new s3buckets.Bucket(this, 'Cache', { versioned: true, enforceSSL: true, }); // expect: S3001
}
