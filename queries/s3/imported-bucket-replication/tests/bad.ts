import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class ReplicationStack extends cdk.Stack {
  constructor(scope: Construct, id: string, roleArn: string) {
    super(scope, id);
    const source = s3.Bucket.fromBucketName(this, 'Source', 'existing-bucket');
    const cfnSource = source.node.defaultChild as s3.CfnBucket; // expect: S3003 error
    cfnSource.replicationConfiguration = { role: roleArn, rules: [] };

    const other = Bucket.fromBucketArn(this, 'Other', 'arn:aws:s3:::other');
    (<CfnBucket>other.node.defaultChild).versioningConfiguration = { status: 'Enabled' }; // expect: S3003

    const third = s3.Bucket.fromBucketAttributes(this, 'Third', { bucketName: 'third' });
    (third.node.defaultChild as any).addPropertyOverride('ReplicationConfiguration.Role', roleArn); // expect: S3003
  }
}
