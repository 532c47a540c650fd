// cdklint-test-allowed-regions: eu-west-1, eu-central-1
import * as cdk from 'aws-cdk-lib';
import { WebStack } from '../lib/web-stack';

const app = new cdk.App();
new WebStack(app, 'Ok', { env: { region: 'eu-west-1' } }); // expect: STR004 info
new WebStack(app, 'Nope', { env: { region: 'us-west-2' } }); // expect: STR004 error
