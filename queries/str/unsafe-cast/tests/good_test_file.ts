// cdklint-test-path: test/stack.test.ts
import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';

// Tests poke at internals; they are skipped.
const app = new cdk.App();
const stack = new cdk.Stack(app, 'S');
new s3.Bucket(stack, 'B', { bogus: true } as any);
const resources = (stack as any).resources;
