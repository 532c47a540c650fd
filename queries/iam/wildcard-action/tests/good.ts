import * as iam from 'aws-cdk-lib/aws-iam';
import * as cp from 'aws-cdk-lib/aws-codepipeline';

export function policies(fn: any, bucket: any, key: any, source: cp.IAction) {
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:List*'], resources: [bucket.bucketArn] }));
  // A deny on every action is a guardrail.
  new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:*'], resources: [bucket.bucketArn] });
  iam.PolicyDocument.fromJson({ Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: {} }] });
  key.grant(fn, 'kms:Decrypt', 'kms:GenerateDataKey*');
  // The key policy statement that delegates to the account's IAM policies.
  new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['kms:*'], resources: ['*'] });
  new iam.PolicyStatement({ principals: [new iam.ArnPrincipal(`arn:aws:iam::${account}:root`)], actions: ['kms:*'], resources: ['*'] });
  // Other `actions` lists hold no action strings.
  new cp.Pipeline(fn, 'P', { stages: [{ stageName: 'Source', actions: [source] }] });
  // A custom resource's `action` is an SDK call, not an IAM action.
  const call = { service: 'S3', action: 'listBuckets' };
  const pattern = 'logs:*';
}
