import * as cdk from 'aws-cdk-lib';
import { aws_iam as iam } from 'aws-cdk-lib';
import { Role, AccountRootPrincipal, AccountPrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

export class SecurityStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: { env: string }) {
    super(scope, id);
    // seed 001 #6
    new iam.Role(this, 'CrossAccountRole', {
      assumedBy: new iam.AccountPrincipal(cdk.Stack.of(this).account), // expect: IAM004
      description: 'Cross-account access between environments',
    });
    new Role(this, `${props.env}-cross-account-deployer`, {
      assumedBy: new AccountRootPrincipal(), // expect: IAM004
    });
    new Role(this, 'Deployer', {
      roleName: `xacct-deployer-${props.env}`,
      assumedBy: new AccountPrincipal(this.account), // expect: IAM004
    });
    new iam.Role(this, 'Reader', {
      assumedBy: new iam.AccountPrincipal(cdk.Aws.ACCOUNT_ID), // expect: IAM004
      roleName: 'cross_account_reader',
    });
  }
}
