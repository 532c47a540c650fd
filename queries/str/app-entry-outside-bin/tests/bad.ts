// cdklint-test-path: lib/multi-region-app.ts
import * as cdk from 'aws-cdk-lib';
import { SecurityStack } from './security-stack';

// seed 004 1.1: the entry point was created as lib/multi-region-app.ts.
const app = new cdk.App(); // expect: STR002 info
const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: 'eu-west-2' };
new SecurityStack(app, 'SecurityStack-Primary', { env });
