import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

interface Props {
  logBucket: s3.IBucket;
  bucketProps: s3.BucketProps;
}

export class CdnStack extends cdk.Stack {
  constructor(scope: Construct, id: string, origin: cloudfront.IOrigin, props: Props) {
    super(scope, id);
    const writer = new s3.Bucket(this, 'Writer', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
    new cloudfront.Distribution(this, 'A', { defaultBehavior: { origin }, logBucket: writer });
    const preferred = new s3.Bucket(this, 'Preferred', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
    new cloudfront.Distribution(this, 'B', { defaultBehavior: { origin }, logBucket: preferred });
    const acl = new s3.Bucket(this, 'Acl', { accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE });
    new cloudfront.Distribution(this, 'C', { defaultBehavior: { origin }, logBucket: acl });
    // From props, or props the file does not show.
    new cloudfront.Distribution(this, 'D', { defaultBehavior: { origin }, logBucket: props.logBucket });
    const spread = new s3.Bucket(this, 'Spread', { ...props.bucketProps });
    new cloudfront.Distribution(this, 'E', { defaultBehavior: { origin }, logBucket: spread });
    // A bucket that is an origin, not the log bucket, and a bucket used for other logs.
    const site = new s3.Bucket(this, 'Site');
    new cloudfront.Distribution(this, 'F', { defaultBehavior: { origin: new cdk.aws_cloudfront_origins.S3Origin(site) } });
    const accessLogs = new s3.Bucket(this, 'AccessLogs');
    new s3.Bucket(this, 'Data', { serverAccessLogsBucket: accessLogs });
  }
}
