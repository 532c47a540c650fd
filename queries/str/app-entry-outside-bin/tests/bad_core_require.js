// cdklint-test-path: lib/main.js
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App(/* TODO: bin/ */); // expect: STR002
new cdk.Stack(app, 'Api');
