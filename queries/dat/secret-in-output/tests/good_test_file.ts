// cdklint-test-path: test/outputs.test.ts
import * as cdk from 'aws-cdk-lib/core';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

test('outputs', () => {
  const stack = new cdk.Stack();
  const secret = new secretsmanager.Secret(stack, 'S');
  new cdk.CfnOutput(stack, 'Arn', { value: secret.secretArn });
});
