import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

export class SecurityStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new iam.Role(this, /* TODO */ 'CrossAccountAuditRole', {
      // TODO: the audit account
      assumedBy: new iam.AccountPrincipal(/* TODO */ cdk.Stack.of(/* TODO */ this).account), // expect: IAM004
    });
    new iam.Role(
      this, // TODO
      'Auditor', // TODO
      {
        roleName: 'cross-account-auditor', // TODO
        assumedBy: new iam.AccountPrincipal(cdk.Aws.ACCOUNT_ID), // expect: IAM004
      },
    );
  }
}
