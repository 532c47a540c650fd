import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

class PolicyStatement {
  constructor(props: unknown) {}
  addResources(...arns: string[]) {}
}

export class ReportStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, table: { tableArn: string }) {
    super(scope, id);
    // `*` in a condition value narrows access to tagged or any-valued keys: not a resource.
    new iam.PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: [table.tableArn],
      conditions: { StringLike: { 'aws:ResourceTag/team': '*', 'dynamodb:LeadingKeys': ['*'] } },
    });
    iam.PolicyStatement.fromJson({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports/*',
      Condition: { StringLike: { 's3:prefix': '*' }, ArnLike: { 'aws:SourceArn': '*' } },
    });
    // A deny statement built up later.
    const guard = new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteBucket'] });
    guard.addResources('*');
    guard.addAllResources();
    // A local lookalike.
    new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }).addResources('*');
  }
}
