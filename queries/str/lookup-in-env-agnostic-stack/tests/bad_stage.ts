import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: true }); // expect: STR006
  }
}

// The stage gives no env either.
class AppStage extends cdk.Stage {
  constructor(scope: Construct, id: string, props?: cdk.StageProps) {
    super(scope, id, props);
    new NetworkStack(this, 'Network');
  }
}

const app = new cdk.App();
new AppStage(app, 'Dev', {});
