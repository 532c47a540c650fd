const cdk = require('aws-cdk-lib/core');
const iam = require('aws-cdk-lib/aws-iam');

class OpsStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new iam.Role(this, 'Ops', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'), // TODO
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess')], // expect: IAM005
    });
  }
}
module.exports = { OpsStack };
