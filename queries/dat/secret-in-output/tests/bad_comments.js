const cdk = require('aws-cdk-lib/core');

function outputs(stack, secret) {
  new cdk.CfnOutput(stack, /* TODO */ 'Password', {
    // TODO
    value: secret.secretValue.toString(), // expect: DAT004 error
  });
}
module.exports = { outputs };
