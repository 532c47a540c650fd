const cloudfront = require('aws-cdk-lib/aws-cloudfront');

exports.site = (scope, origin) => new cloudfront.Distribution(scope, 'Site', { // expect: CDN004
  // TODO: logging
  defaultBehavior: { origin },
});
