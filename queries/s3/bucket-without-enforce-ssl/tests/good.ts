import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as iam from 'aws-cdk-lib/aws-iam';

class Bucket {
  constructor(scope: unknown, id: string, props?: unknown) {}
}

export class StorageStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: s3.BucketProps, defaults: s3.BucketProps) {
    super(scope, id);
    new s3.Bucket(this, 'Secure', { enforceSSL: true });
    new s3.Bucket(this, 'Quoted', { 'enforceSSL': true, versioned: true });
    // Website buckets: the website endpoint is HTTP-only.
    new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html', publicReadAccess: true });
    new s3.Bucket(this, 'Redirect', { websiteRedirect: { hostName: 'example.org' } });
    // Props the rule cannot see.
    new s3.Bucket(this, 'Spread', { ...defaults, versioned: true });
    new s3.Bucket(this, 'FromProps', props);
    // A Deny on aws:SecureTransport added through addToResourcePolicy.
    const logs = new s3.Bucket(this, 'Logs');
    logs.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:*'],
      resources: [logs.bucketArn, logs.arnForObjects('*')],
      conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    }));
    const denyHttp = new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      actions: ['s3:*'],
      conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    this.archive = new s3.Bucket(this, 'Archive');
    this.archive.addToResourcePolicy(denyHttp);
    // Not a Bucket.
    new s3.BucketPolicy(this, 'Policy', { bucket: logs });
    s3.Bucket.fromBucketName(this, 'Imported', 'existing-bucket');
    new Bucket(this, 'Local');
  }
  archive: s3.Bucket;
}
