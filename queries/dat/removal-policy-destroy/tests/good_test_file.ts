// cdklint-test-path: test/storage.test.ts
import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';

// A stack built only for a test is meant to be torn down: test files are not linted.
test('bucket', () => {
  const stack = new cdk.Stack();
  new s3.Bucket(stack, 'B', { removalPolicy: cdk.RemovalPolicy.DESTROY, autoDeleteObjects: true });
});
