// cdklint-test-path: lib/app.ts
import * as cdk from 'aws-cdk-lib/core';
import { App } from './my-app';

// A local App and the CDK's App type are not entry points.
const local = new App();
export function isApp(x: unknown): x is cdk.App {
  return cdk.App.isApp(x);
}
