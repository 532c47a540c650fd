import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    ec2.Vpc.fromLookup(this, 'Vpc', { vpcName: 'shared' });
  }
}

// Instantiated with env literals, from variables, and through a stage that has an env.
class AppStage extends cdk.Stage {
  constructor(scope: Construct, id: string, props?: cdk.StageProps) {
    super(scope, id, props);
    new NetworkStack(this, 'Network');
  }
}

const app = new cdk.App();
new NetworkStack(app, 'Literal', { env: { account: '111111111111', region: 'eu-west-1' } });
new NetworkStack(app, 'FromEnv', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
new AppStage(app, 'Prod', { env: { account: '111111111111', region: 'eu-west-1' } });

// A stack that sets its own env.
class PinnedStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { env: { account: '111111111111', region: 'eu-west-1' } });
    ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: true });
  }
}
new PinnedStack(app, 'Pinned');

// Never instantiated here: the workspace does not show where, so nothing is said.
class OrphanStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: true });
  }
}

// Props passed through: the env may be in them.
class ForwardedStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: true });
  }
}
declare const props: cdk.StackProps;
new ForwardedStack(app, 'Forwarded', props);

// A construct (not a stack) with a lookup: its stack is decided elsewhere.
class Network extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: true });
  }
}

// A local class named like the CDK one is not a lookup.
class Vpc { static fromLookup(..._args: unknown[]) { return undefined; } }
class LocalStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Vpc.fromLookup(this, 'Vpc');
  }
}
new LocalStack(app, 'Local');
