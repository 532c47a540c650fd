import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcName: 'shared' }); // expect: STR006 error
    const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: 'example.org' }); // expect: STR006
    const ami = StringParameter.valueFromLookup(this, '/app/ami'); // expect: STR006
    const image = ec2.MachineImage.lookup({ name: 'app-*' }); // expect: STR006
  }
}

// A stack class that extends the one with the lookups is instantiated without env too.
class ProdNetworkStack extends NetworkStack {}

const app = new cdk.App();
new NetworkStack(app, 'Network');
new NetworkStack(app, 'RegionOnly', { env: { region: 'eu-west-1' } });
new ProdNetworkStack(app, 'Prod', {});
