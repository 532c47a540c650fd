import { App, Tags } from 'aws-cdk-lib';
import { ApiStack } from '../lib/api-stack';

// A tag on the app tags every stack in it.
const app = new App();
Tags.of(app).add('team', 'platform');
new ApiStack(app, 'Api');
new ApiStack(app, 'Worker');
