import * as cdk from 'aws-cdk-lib';
import { WebStack } from '../lib/web-stack';

const app = new cdk.App();
// A fallback is a default, not a hardcoded region.
new WebStack(app, 'Web', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: app.node.tryGetContext('region') ?? 'eu-west-2' },
});
const region = process.env.REGION || 'eu-west-1';
new WebStack(app, 'Other', { env: { region } });
// Not a region: a key named otherwise, a value that is not a region name.
new WebStack(app, 'Named', { description: 'eu-west-1 stack', env: { region: cdk.Aws.REGION } });
const lookalike = { region: 'global' };
