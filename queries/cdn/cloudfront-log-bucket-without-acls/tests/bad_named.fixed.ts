import { Stack } from 'aws-cdk-lib';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import * as s3 from 'aws-cdk-lib/aws-s3';

export function cdn(stack: Stack, origin: any) {
  const logBucket = new Bucket(stack, 'Logs', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER }); // expect: CDN007
  return new Distribution(stack, 'Cdn', { defaultBehavior: { origin }, logBucket });
}
