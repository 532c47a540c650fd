import { Stack, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';

export function grant(stack: Stack, fn: lambda.Function) {
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: ['*'] })); // expect: IAM001
  fn.addToRolePolicy(new PolicyStatement({ actions: ['ecr:GetAuthorizationToken'], resources: ['*'] })); // expect: IAM001 info
}
