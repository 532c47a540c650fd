import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as iam from 'aws-cdk-lib/aws-iam';

export class StorageStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'NoProps', { enforceSSL: true }); // expect: S3001
    // Gets the deny below: not flagged.
    const logs = new s3.Bucket(this, 'Logs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      versioned: true,
    });
    new s3.Bucket(this, 'Inline', { versioned: true, enforceSSL: true }); // expect: S3001
    new s3.Bucket(this, 'Off', { enforceSSL: true }); // expect: S3001
    new s3.Bucket(this, 'Empty', { enforceSSL: true }); // expect: S3001
    // An Allow statement is not the HTTPS deny.
    const data = new s3.Bucket(this, 'Data', { enforceSSL: true }); // expect: S3001
    data.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      principals: [new iam.AccountRootPrincipal()],
      actions: ['s3:GetObject'],
      resources: [data.arnForObjects('*')],
    }));
    // The deny is added to another bucket.
    const other = new s3.Bucket(this, 'Other', { enforceSSL: true }); // expect: S3001
    logs.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:*'],
      resources: [logs.bucketArn],
      conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    }));
  }
}
