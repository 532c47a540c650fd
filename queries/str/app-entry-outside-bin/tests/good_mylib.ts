// cdklint-test-path: mylib/app.ts
import * as cdk from 'aws-cdk-lib';

// `mylib/` is not a `lib/` directory.
const app = new cdk.App();
