// cdklint-test-path: services/api/lib/main.ts
import * as cdk from 'aws-cdk-lib/core';

const app = new cdk.App({ // expect: STR002
  // TODO: move to bin/
  context: { stage: 'dev' /* TODO */ },
});
new cdk.Stack(app, 'Api');
