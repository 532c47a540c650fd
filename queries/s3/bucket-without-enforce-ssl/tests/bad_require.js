const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

class StorageStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new s3.Bucket(this, 'Raw'); // expect: S3001
    new cdk.aws_s3.Bucket(this, 'Curated', { versioned: true }); // expect: S3001
  }
}
module.exports = { StorageStack };
