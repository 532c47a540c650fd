// cdklint-test-path: lib/tap-stack.ts
import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';

// A stack module in lib/ that only names the App type.
export class TapStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const isApp = cdk.App.isApp(scope);
    const stage = new cdk.Stage(this as unknown as Construct, 'Stage');
  }
}

// A local class called App is not the CDK's.
class App {}
const local = new App();
