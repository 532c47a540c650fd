import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Stack } from 'aws-cdk-lib';

export function policies(stack: Stack, fn: iam.IGrantable & { addToRolePolicy(s: iam.PolicyStatement): void }, key: kms.Key) {
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:*'], // expect: IAM003
    resources: ['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*'],
  }));
  fn.addToRolePolicy(new iam.PolicyStatement({
    effect: iam.Effect.ALLOW,
    actions: ['dynamodb:GetItem', 'kms:*'], // expect: IAM003
    resources: [key.keyArn],
  }));
  const admin = new iam.PolicyStatement({ actions: ['*'], resources: ['arn:aws:s3:::x'] }); // expect: IAM003
  admin.addActions('sqs:*'); // expect: IAM003
  key.grant(fn, 'kms:*'); // expect: IAM003
  iam.PolicyDocument.fromJson({
    Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: 'arn:aws:logs:us-east-1:111122223333:log-group:app:*' }], // expect: IAM003
  });
  iam.PolicyStatement.fromJson({ 'Effect': 'Allow', 'Action': ['*'], 'Resource': ['arn:aws:s3:::x'] }); // expect: IAM003
}
