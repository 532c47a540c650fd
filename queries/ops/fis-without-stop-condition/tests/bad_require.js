const cdk = require('aws-cdk-lib');

module.exports = (scope, roleArn) =>
  new cdk.aws_fis.CfnExperimentTemplate(scope, 'T', { description: 'd', roleArn, stopConditions: [{ source: 'none' }], targets: {}, actions: {}, tags: {} }); // expect: OPS002
