import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

export class ReportStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: iam.IGrantable & { addToRolePolicy(s: iam.PolicyStatement): void }) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({
      // TODO: scope down
      actions: ['ce:GetCostAndUsage', /* TODO */ 'sts:GetServiceBearerToken'], // TODO
      resources: [/* TODO */ '*'], // expect: IAM001 info
    }));
    fn.addToRolePolicy(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW, // TODO
      actions: ['dynamodb:Query'],
      resources: ['*'], // expect: IAM001 warning
      // A condition narrows access: its `*` is not a resource.
      conditions: { StringLike: { 'aws:ResourceTag/team': '*' } },
    }));
    const stmt = new iam.PolicyStatement({ actions: ['ec2:DescribeInstances'] /* TODO */ });
    stmt.addResources(/* TODO */ '*'); // expect: IAM001 info
    iam.PolicyDocument.fromJson(JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }, // expect: IAM001 warning
        // TODO
        { Effect: 'Allow', Action: ['ce:GetCostForecast'], Resource: ['*'] }, // expect: IAM001 info
      ],
    }));
    new iam.CfnManagedPolicy(this, 'Policy', {
      policyDocument: {
        Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }], // expect: IAM001 warning
      },
    });
  }
}
