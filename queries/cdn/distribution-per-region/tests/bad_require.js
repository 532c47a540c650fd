const cdk = require('aws-cdk-lib');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');

const app = new cdk.App();
for (const region of app.node.tryGetContext('regions')) {
  const stack = new cdk.Stack(app, `Web-${region}`, { env: { region } });
  new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: behavior }); // expect: CDN003
}
