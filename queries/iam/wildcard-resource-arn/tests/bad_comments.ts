import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

export class ExportStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: iam.IGrantable & { addToRolePolicy(s: iam.PolicyStatement): void }) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({
      // TODO: the exact buckets
      actions: ['s3:GetObject'], // TODO
      resources: [
        /* TODO */ 'arn:aws:s3:::reports-*', // expect: IAM002
        `arn:aws:secretsmanager:${cdk.Aws.REGION}:${cdk.Aws.ACCOUNT_ID}:secret:app/api-key-*`, // expect: IAM002
      ],
      // A wildcard ARN in a condition narrows access.
      conditions: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::reports-*' } },
    }));
    const stmt = new iam.PolicyStatement({ actions: ['sqs:SendMessage'] /* TODO */ });
    stmt.addResources(/* TODO */ `arn:aws:sqs:${this.region}:${this.account}:jobs-*`); // expect: IAM002
    stmt.addResources(
      'arn:aws:sqs:us-east-1:111122223333:a',
      'arn:aws:sqs:us-east-1:111122223333:b',
      'arn:aws:sqs:us-east-1:111122223333:c',
      'arn:aws:sqs:us-east-1:111122223333:d', // TODO
      'arn:aws:s3:::cdktoolkit-stagingbucket-*', // expect: IAM002
      'arn:aws:sqs:us-east-1:111122223333:e-*', // expect: IAM002
    );
    iam.PolicyDocument.fromJson(JSON.stringify({
      Statement: [
        // TODO
        { Effect: 'Allow', Action: 'sns:Publish', Resource: ['arn:aws:sns:us-east-1:111122223333:*'] }, // expect: IAM002
        { Effect: 'Deny', Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:111122223333:*' },
      ],
    }));
  }
}
