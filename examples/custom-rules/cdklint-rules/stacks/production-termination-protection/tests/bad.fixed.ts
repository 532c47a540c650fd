#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { ApiStack } from '../lib/api-stack';
import { DataStack } from '../lib/data-stack';

const app = new cdk.App();
new ApiStack(app, 'ApiProd', { env: { region: 'eu-west-1' }, terminationProtection: true }); // expect: ACME003
new DataStack(app, 'data-production', { terminationProtection: true }); // expect: ACME003
new ApiStack(app, 'Prod', { terminationProtection: true }); // expect: ACME003
app.synth();
