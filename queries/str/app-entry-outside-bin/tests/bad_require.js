// cdklint-test-path: lib/app.js
const cdk = require('aws-cdk-lib');

const app = new cdk.App(); // expect: STR002
module.exports = app;
