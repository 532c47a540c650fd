const { Stack } = require('aws-cdk-lib');
const { Bucket } = require('aws-cdk-lib/aws-s3');

class ContentStack extends Stack {
  constructor(scope, id) {
    super(scope, id);
    new Bucket(this, 'Site', { bucketName: 'www.example.org' }); // expect: S3002
  }
}
module.exports = { ContentStack };
