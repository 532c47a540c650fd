import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

export class KeyStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: iam.IGrantable & { addToRolePolicy(s: iam.PolicyStatement): void }) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({
      // TODO: narrow
      actions: [
        's3:*', // expect: IAM003
        /* TODO */ 'sqs:*', // expect: IAM003
      ],
      resources: ['arn:aws:s3:::reports'], // TODO
      conditions: { StringLike: { 'kms:ViaService': '*' } },
    }));
    const stmt = new iam.PolicyStatement({ resources: ['arn:aws:sqs:us-east-1:111122223333:q'] /* TODO */ });
    stmt.addActions(/* TODO */ 'sqs:GetQueueUrl', 'sqs:*'); // expect: IAM003
    new iam.CfnManagedPolicy(this, 'Policy', {
      // TODO
      policyDocument: JSON.parse(JSON.stringify({ Statement: [] })),
    });
    new iam.CfnPolicy(this, 'Inline', {
      policyName: 'inline', // TODO
      policyDocument: {
        Statement: [
          { Effect: 'Allow', Action: ['logs:*'], Resource: 'arn:aws:logs:us-east-1:111122223333:log-group:app:*' }, // expect: IAM003
        ],
      },
    });
  }
}
