import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';

// The stack class names production; the other class is instantiated with a production id.
export class ProdRegistryStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    this.repo = new ecr.Repository(this, 'Repo');
    this.repo.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN); // expect: DAT001 error
  }
}

export class SandboxStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ecr.Repository(this, 'Repo', { removalPolicy: cdk.RemovalPolicy.RETAIN }); // expect: DAT001 error
  }
}

const app = new cdk.App();
new SandboxStack(app, 'production-sandbox'); // a stack id naming production makes the class production too
