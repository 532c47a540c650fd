// cdklint-test-path: lib/legacy-app.ts
import * as core from '@aws-cdk/core';

const app = new core.App(); // expect: STR002
