const cdk = require('aws-cdk-lib/core');
const iam = require('aws-cdk-lib/aws-iam');

class KeyStack extends cdk.Stack {
  constructor(scope, id, fn) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:*'], // expect: IAM003
      resources: ['arn:aws:dynamodb:us-east-1:111122223333:table/T'], // TODO
    }));
  }
}
module.exports = { KeyStack };
