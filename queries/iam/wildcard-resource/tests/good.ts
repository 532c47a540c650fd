import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';

class PolicyStatement {
  constructor(props: unknown) {}
}

export class AppStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, bucket: s3.Bucket, secret: any) {
    super(scope, id);
    // Named resources.
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] });
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn, `${bucket.bucketArn}/*`] });
    new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] });
    // A deny on everything is a guardrail, not a grant.
    new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteBucket'], resources: ['*'] });
    iam.PolicyDocument.fromJson({
      Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
    });
    // A resource policy (a KMS key policy): `*` is the key it is attached to.
    new iam.PolicyStatement({
      principals: [new iam.ArnPrincipal(replicationRoleArn)],
      actions: ['kms:Encrypt', 'kms:Decrypt'],
      resources: ['*'],
    });
    iam.PolicyDocument.fromJson({
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
    });
    // A local class named like the CDK's.
    new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });
    // A star that is not the whole resource, and other props.
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], conditions: { x: '*' } });
    stmt.addResources(bucket.bucketArn);
    stmt.addResources('arn:aws:s3:::b/*');
  }
}
