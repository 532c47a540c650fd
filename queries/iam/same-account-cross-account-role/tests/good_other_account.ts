import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

class Stack {
  static of(x: unknown) { return { account: '111122223333' }; }
}

export class SecurityStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { auditAccount: string; account: string }) {
    super(scope, id);
    // Accounts read from somewhere else than this stack.
    new iam.Role(this, 'CrossAccountAuditRole', { assumedBy: new iam.AccountPrincipal(props.account) });
    new iam.Role(this, 'CrossAccountAuditRole2', { assumedBy: new iam.AccountPrincipal(Stack.of(this).account) });
    new iam.Role(this, 'CrossAccountAuditRole3', { assumedBy: new iam.AccountPrincipal(cdk.Stack.of(this).region) });
    new iam.Role(this, 'XAcct', { assumedBy: new iam.AccountPrincipal(props.auditAccount) });
  }
}
