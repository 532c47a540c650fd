const { aws_s3: s3, aws_cloudfront: cloudfront } = require('aws-cdk-lib');

function cdn(scope, origin) {
  const logs = new s3.Bucket(scope, 'Logs', { enforceSSL: true }); // expect: CDN007
  return new cloudfront.Distribution(scope, 'Cdn', { defaultBehavior: { origin }, logBucket: logs });
}
module.exports = { cdn };
