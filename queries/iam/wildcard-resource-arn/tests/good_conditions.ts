import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class ExportStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.Function, bucketArn: string) {
    super(scope, id);
    // Wildcard ARNs in conditions and source ARNs narrow who may call: not resources.
    new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [bucketArn],
      conditions: { ArnLike: { 'aws:SourceArn': `arn:aws:execute-api:${this.region}:${this.account}:*/*` } },
    });
    fn.addPermission('Invoke', {
      principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: `arn:aws:execute-api:${this.region}:${this.account}:api-id/*`,
    });
    iam.PolicyStatement.fromJson({
      Effect: 'Allow',
      Action: 'sqs:SendMessage',
      Resource: 'arn:aws:sqs:us-east-1:111122223333:jobs',
      Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:*' } },
    });
    // A deny on a pattern is a guardrail.
    new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteBucket'], resources: ['arn:aws:s3:::prod-*'] });
  }
}
