const cloudfront = require('aws-cdk-lib/aws-cloudfront');

exports.site = (scope, origin, names) =>
  new cloudfront.Distribution(scope, 'Site', { defaultBehavior: { origin }, domainNames: names }); // expect: CDN002
