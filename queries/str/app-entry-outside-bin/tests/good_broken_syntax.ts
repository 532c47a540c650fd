// cdklint-test-path: lib/broken.ts
import * as cdk from 'aws-cdk-lib';

export class S extends cdk.Stack {}
const app = new cdk.App(
