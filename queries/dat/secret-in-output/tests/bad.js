const cdk = require('aws-cdk-lib');

function outputs(stack, secret) {
  new cdk.CfnOutput(stack, 'Password', { value: cdk.SecretValue.secretsManager('prod/db').unsafeUnwrap() }); // expect: DAT004
}
module.exports = { outputs };
