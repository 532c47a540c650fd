import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

class ManagedPolicy {
  static fromAwsManagedPolicyName(name: string) { return name; }
}

export class OpsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, policyName: string) {
    super(scope, id);
    const role = new iam.Role(this, 'Ops', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'),
        iam.ManagedPolicy.fromAwsManagedPolicyName(policyName),
        iam.ManagedPolicy.fromManagedPolicyArn(this, 'Own', 'arn:aws:iam::111122223333:policy/AdministratorAccess'),
      ],
    });
    ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess');
  }
}
