import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

export class DevStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    // A managed policy as a permissions boundary caps what the role may do: the intended use.
    new iam.Role(this, 'Dev', {
      assumedBy: new iam.AccountRootPrincipal(),
      permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'),
    });
    const boundary = iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess');
    new iam.User(this, 'Ci', { permissionsBoundary: boundary });
    iam.PermissionsBoundary.of(this).apply(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'));
    const viaArn = iam.ManagedPolicy.fromManagedPolicyArn(this, 'B', 'arn:aws:iam::aws:policy/PowerUserAccess');
    iam.PermissionsBoundary.of(this).apply(viaArn);
  }
}
