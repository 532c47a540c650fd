import { Duration } from 'aws-cdk-lib';
import { ApiStack } from '../lib/api-stack';

// A local class named App is not the CDK's: its children are not stacks of a CDK app.
class App {
  synth(): void {}
}

const app = new App();
new ApiStack(app as any, 'Api');
export const timeout = Duration.seconds(30);
