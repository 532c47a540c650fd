const cdk = require('@aws-cdk/core'); // expect: API002
const { Bucket } = require('@aws-cdk/aws-s3'); // expect: API002
const path = require('path');

new Bucket(new cdk.Stack(new cdk.App(), 'S'), 'B');
