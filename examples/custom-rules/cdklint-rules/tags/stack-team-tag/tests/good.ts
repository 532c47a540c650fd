#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { ApiStack, ApiStackProps } from '../lib/api-stack';
import { DataStack } from '../lib/data-stack';

declare const props: ApiStackProps;

const app = new cdk.App();
new ApiStack(app, 'Api', { tags: { team: 'payments', owner: 'platform' } });
const data = new DataStack(app, 'Data');
cdk.Tags.of(data).add('team', 'data');
// Props the file does not show are not judged.
new ApiStack(app, 'FromProps', props);
new ApiStack(app, 'Spread', { ...props });
// Not created in the app: a construct inside a stack.
const stack = new cdk.Stack(app, 'Tagged', { tags: { team: 'platform' } });
new ApiStack(stack, 'Nested');
app.synth();
