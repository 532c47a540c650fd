#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { ApiStack, ApiStackProps } from '../lib/api-stack';

declare const props: ApiStackProps;

const app = new cdk.App();
new ApiStack(app, 'ApiProd', { terminationProtection: true });
// Not production.
new ApiStack(app, 'ApiDev');
new ApiStack(app, 'ProductCatalog');
new ApiStack(app, 'reproduce-bug');
// Props the file does not show are not judged.
new ApiStack(app, 'ApiProd2', props);
// Not created in the app.
const stage = new cdk.Stage(app, 'Staging');
new ApiStack(stage, 'ApiProd');
app.synth();
