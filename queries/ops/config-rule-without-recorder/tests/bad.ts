import * as cdk from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import { ManagedRule, ManagedRuleIdentifiers } from 'aws-cdk-lib/aws-config';
import { Construct } from 'constructs';

export class ComplianceStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new config.ManagedRule(this, 'Encrypted', { // expect: OPS001 info
      identifier: config.ManagedRuleIdentifiers.EC2_EBS_ENCRYPTION_BY_DEFAULT,
    });
    new ManagedRule(this, 'Mfa', { identifier: ManagedRuleIdentifiers.ROOT_ACCOUNT_MFA_ENABLED }); // expect: OPS001
    new config.CfnConfigRule(this, 'L1', { source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_VERSIONING_ENABLED' } }); // expect: OPS001
    new config.AccessKeysRotated(this, 'Keys'); // expect: OPS001
  }
}
