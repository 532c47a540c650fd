const cdk = require('aws-cdk-lib');
const { PythonFunction } = require('@aws-cdk/aws-lambda-python-alpha');
const name = '@aws-cdk/core';
// A module named by a variable is not judged.
const lib = require(name);
const spec = require('@aws-cdk/aws-service-spec');

new cdk.App();
