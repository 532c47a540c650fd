const cdk = require('aws-cdk-lib');

function policy(fn) {
  fn.addToRolePolicy(new cdk.aws_iam.PolicyStatement({
    effect: cdk.aws_iam.Effect.ALLOW,
    actions: ['kms:Decrypt'],
    resources: ['*'], // expect: IAM001
  }));
}
module.exports = { policy };
