const cdk = require('aws-cdk-lib/core');
const iam = require('aws-cdk-lib/aws-iam');

class ExportStack extends cdk.Stack {
  constructor(scope, id, fn) {
    super(scope, id);
    fn.addToRolePolicy(new iam.PolicyStatement({
      actions: ['sts:AssumeRole'], // TODO
      resources: [cdk.Fn.sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deploy-*')], // expect: IAM002
    }));
  }
}
module.exports = { ExportStack };
