const cdk = require('aws-cdk-lib/core');
const iam = require('aws-cdk-lib/aws-iam');

class ReportStack extends cdk.Stack {
  constructor(scope, id, fn) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'], // TODO
      resources: ['*'], // expect: IAM001 warning
    }));
  }
}
module.exports = { ReportStack };
