import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ManagedPolicy } from 'aws-cdk-lib/aws-iam';

export class OpsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'Ops', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'), // expect: IAM005
        ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'), // expect: IAM005
      ],
    });
    role.addManagedPolicy(cdk.aws_iam.ManagedPolicy.fromAwsManagedPolicyName("PowerUserAccess")); // expect: IAM005
    const name = 'AWSLambda_FullAccess';
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(name)); // expect: IAM005
    role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Admin', 'arn:aws:iam::aws:policy/AdministratorAccess')); // expect: IAM005
  }
}
