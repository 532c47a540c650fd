// cdklint-test-path: test/web.test.ts
import * as cdk from 'aws-cdk-lib';

// Tests deploy nothing: example values are expected here.
const stack = new cdk.Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
const cert = { domainName: 'example.com' };
