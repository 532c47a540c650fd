#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { ApiStack } from '../lib/api-stack';
import { DataStack } from '../lib/data-stack';

const app = new cdk.App();
new ApiStack(app, 'Api', { env: { region: 'eu-west-1' } }); // expect: ACME001
const data = new DataStack(app, 'Data'); // expect: ACME001
cdk.Tags.of(data).add('owner', 'platform');
new cdk.Stack(app, 'Shared', { tags: { owner: 'platform' } }); // expect: ACME001
app.synth();
