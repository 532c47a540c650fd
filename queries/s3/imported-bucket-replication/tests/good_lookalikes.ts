import * as s3 from 'aws-cdk-lib/aws-s3';

// A local helper named like the CDK's.
const Bucket = {
  fromBucketName: (name: string) => ({ node: { defaultChild: { replicationConfiguration: {} } }, name }),
};
const local = Bucket.fromBucketName('x');
local.node.defaultChild.replicationConfiguration = {};
new s3.Bucket(this, 'B');
