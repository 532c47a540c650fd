// cdklint-test-path: lib/tap-stack.test.ts
import * as cdk from 'aws-cdk-lib';

// Tests create apps to synthesize stacks.
const app = new cdk.App();
