// cdklint-test-path: test/keys.test.ts
import * as cdk from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';

test('key', () => {
  const stack = new cdk.Stack();
  new kms.Key(stack, 'Key');
});
