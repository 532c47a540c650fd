import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class ReplicationStack extends cdk.Stack {
  constructor(scope: Construct, id: string, roleArn: string) {
    super(scope, id);
    // Defined here: the CfnBucket exists.
    const source = new s3.Bucket(this, 'Source', { versioned: true });
    const cfnSource = source.node.defaultChild as s3.CfnBucket;
    cfnSource.replicationConfiguration = { role: roleArn, rules: [] };
    // Imported as a replication destination: fine.
    const destination = s3.Bucket.fromBucketName(this, 'Destination', 'replica-bucket');
    destination.grantReadWrite(new cdk.aws_iam.ArnPrincipal(roleArn));
    new s3.CfnBucket(this, 'L1', {
      versioningConfiguration: { status: 'Enabled' },
      replicationConfiguration: {
        role: roleArn,
        rules: [{ status: 'Enabled', destination: { bucket: destination.bucketArn } }],
      },
    });
  }
}
