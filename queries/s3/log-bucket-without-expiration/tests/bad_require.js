const cdk = require('aws-cdk-lib');

function buckets(scope) {
  const logs = new cdk.aws_s3.Bucket(scope, 'AccessLogs'); // expect: S3004
  return new cdk.aws_s3.Bucket(scope, 'Data', { serverAccessLogsBucket: logs });
}
module.exports = { buckets };
