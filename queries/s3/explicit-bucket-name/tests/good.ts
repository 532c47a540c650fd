import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';

class Bucket {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class ContentStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { bucketName: string }) {
    super(scope, id);
    new s3.Bucket(this, 'Generated', { enforceSSL: true });
    new s3.Bucket(this, 'FromProps', { bucketName: props.bucketName });
    new s3.Bucket(this, 'Physical', { bucketName: cdk.PhysicalName.GENERATE_IF_NEEDED });
    // Importing an existing bucket by name is what names are for.
    s3.Bucket.fromBucketName(this, 'Imported', 'existing-bucket');
    s3.Bucket.fromBucketAttributes(this, 'Imported2', { bucketName: 'existing-bucket' });
    new Bucket(this, 'Local', { bucketName: 'local-thing' });
    const config = { bucketName: 'not-a-construct' };
  }
}
