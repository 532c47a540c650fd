const cdk = require('aws-cdk-lib/core');
const s3 = require('aws-cdk-lib/aws-s3');

class ContentStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new s3.Bucket(this, 'Site', {
      removalPolicy: cdk.RemovalPolicy.DESTROY, // TODO
      bucketName: `site-${cdk.Stack.of(this).account}`, // expect: S3002
    });
  }
}
module.exports = { ContentStack };
