import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

export class OpsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, /* TODO */ 'Ops', {
      // TODO: narrow
      assumedBy: new iam.ServicePrincipal(/* TODO */ 'ec2.amazonaws.com'),
      managedPolicies: [
        // TODO
        iam.ManagedPolicy.fromAwsManagedPolicyName(/* TODO */ 'AmazonDynamoDBFullAccess'), // expect: IAM005
      ],
    });
    role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(
      this, // TODO
      'Admin', // TODO
      `arn:${cdk.Aws.PARTITION}:iam::aws:policy/AdministratorAccess`, // expect: IAM005
    ));
    // A boundary on one role does not make a grant to another one.
    const boundary = iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess');
    new iam.Role(this, 'Boundary', { assumedBy: new iam.AccountRootPrincipal(), permissionsBoundary: boundary });
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('IAMFullAccess')); // expect: IAM005
  }
}
