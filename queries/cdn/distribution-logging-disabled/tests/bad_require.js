const { Distribution } = require('aws-cdk-lib/aws-cloudfront');

module.exports = (scope, origin) => new Distribution(scope, 'Site', { defaultBehavior: { origin } }); // expect: CDN004
