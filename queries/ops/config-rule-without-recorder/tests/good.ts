import * as cdk from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import { Construct } from 'constructs';

export class ComplianceStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new config.CfnConfigurationRecorder(this, 'Recorder', { roleArn, recordingGroup: { allSupported: true } });
    new config.ManagedRule(this, 'Encrypted', {
      identifier: config.ManagedRuleIdentifiers.EC2_EBS_ENCRYPTION_BY_DEFAULT,
    });
  }
}

// A local class named like the CDK one is not a Config rule.
class ManagedRule { constructor(..._args: unknown[]) {} }
new ManagedRule(this, 'Local');
