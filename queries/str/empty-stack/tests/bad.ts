#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { App, Stack } from 'aws-cdk-lib';
import { WebStack } from '../lib/web-stack';

const app = new App();
new WebStack(app, 'Web', { env: { region: 'us-east-1' } });
// Placeholders for a DR region that was never built.
new cdk.Stack(app, 'DrStack', { env: { region: 'us-west-2' } }); // expect: STR005 warning
const shared = new Stack(app, 'SharedServices'); // expect: STR005
const alsoUnused = new cdk.Stack(app, 'Later'); // expect: STR005
const renamed = alsoUnused;
app.synth();
