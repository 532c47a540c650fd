import * as ec2 from 'aws-cdk-lib/aws-ec2';

new ec2.Vpc(this, 'One', { natGateways: 1 });
new ec2.Vpc(this, 'None', { natGateways: 0, subnetConfiguration: [] });
// Not a literal: chosen per environment.
new ec2.Vpc(this, 'PerEnv', { natGateways: isProd ? 3 : 1 });
new ec2.Vpc(this, 'FromProps', { natGateways: props.natGateways });
// Left out: the message of other findings explains the default; nothing to flag here.
new ec2.Vpc(this, 'Default', { maxAzs: 2 });
// Not a VPC.
new MyNetwork(this, 'Mine', { natGateways: 2 });
class Vpc {
  constructor(scope: unknown, id: string, props: { natGateways: number }) {}
}
new Vpc(this, 'Local', { natGateways: 2 });
const config = { natGateways: 2 };
