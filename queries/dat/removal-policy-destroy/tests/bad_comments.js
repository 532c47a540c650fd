const cdk = require('aws-cdk-lib/core');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');

class DataStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new s3.Bucket(this, 'Uploads', {
      // TODO
      removalPolicy: cdk.RemovalPolicy.DESTROY, // expect: DAT001
      autoDeleteObjects: true, // TODO
    });
    const key = new kms.Key(this, /* TODO */ 'Key');
    key.applyRemovalPolicy(/* TODO */ cdk.RemovalPolicy.DESTROY); // expect: DAT001
  }
}
module.exports = { DataStack };
