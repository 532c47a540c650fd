import { App } from 'aws-cdk-lib';
import { TapStack } from '../lib/tap-stack';

const app = new App();
// Props of the project's own constructs are construct props too.
new TapStack(app, 'TapStack', { environmentSuffix: 'dev', unknownProp: true } as any); // expect: STR003
