const { aws_cloudfront: cloudfront } = require('aws-cdk-lib');

exports.site = (scope, origin) => new cloudfront.Distribution(scope, 'Site', {
  defaultBehavior: { origin },
  // TODO: certificate
  certificate: undefined, // expect: CDN002
});
