const cdk = require('aws-cdk-lib/core');
const iam = require('aws-cdk-lib/aws-iam');

class SecurityStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new iam.Role(this, 'XAcctReader', {
      assumedBy: new iam.AccountPrincipal(this.account), // expect: IAM004
    });
  }
}
module.exports = { SecurityStack };
