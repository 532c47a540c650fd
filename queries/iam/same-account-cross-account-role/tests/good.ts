import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

class Role {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class SecurityStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { toolingAccount: string }) {
    super(scope, id);
    // Trusts another account.
    new iam.Role(this, 'CrossAccountRole', { assumedBy: new iam.AccountPrincipal(props.toolingAccount) });
    new iam.Role(this, 'CrossAccountRole2', { assumedBy: new iam.AccountPrincipal('111122223333') });
    // Same-account roles that do not claim to be cross-account.
    new iam.Role(this, 'CrossRegionReplicationRole', { assumedBy: new iam.AccountRootPrincipal() });
    new iam.Role(this, 'CrossStackRole', { assumedBy: new iam.AccountPrincipal(this.account) });
    new iam.Role(this, 'CrossOriginAccessRole', { assumedBy: new iam.AccountPrincipal(this.account) });
    new iam.Role(this, 'AdminRole', { assumedBy: new iam.AccountRootPrincipal() });
    // A service principal.
    new iam.Role(this, 'CrossAccountLambdaRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    // A local class named like the CDK's.
    new Role(this, 'CrossAccountRole3', { assumedBy: new iam.AccountRootPrincipal() });
  }
}
