const s3 = require('aws-cdk-lib/aws-s3');

function replicate(scope, roleArn) {
  const source = s3.Bucket.fromBucketName(scope, 'Source', 'existing');
  source.node.defaultChild.replicationConfiguration = { role: roleArn, rules: [] }; // expect: S3003
}
module.exports = { replicate };
