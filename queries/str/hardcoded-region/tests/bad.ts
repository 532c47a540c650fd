import * as cdk from 'aws-cdk-lib';
import { WebStack } from '../lib/web-stack';

const app = new cdk.App();
new WebStack(app, 'Web', { env: { account: '111111111111', region: 'eu-west-1' } }); // expect: STR004 info
const REGION = 'ap-southeast-2';
new WebStack(app, 'Sydney', { env: { region: REGION } }); // expect: STR004
const govEnv = {
  region: 'us-gov-west-1', // expect: STR004
};
new WebStack(app, 'Gov', { env: govEnv });
