import * as cdk from 'aws-cdk-lib/core';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as rds from 'aws-cdk-lib/aws-rds';

// A local lookalike of a CDK name is not the CDK.
class CfnOutput {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class DataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: any) {
    super(scope, id);
    const secret = new secretsmanager.Secret(this, 'Api');
    new CfnOutput(this, 'Local', { value: secret.secretValue.unsafeUnwrap() });
    // The database is built from the secret; its endpoint is not a secret.
    const db = new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.MYSQL,
      vpc,
      credentials: rds.Credentials.fromPassword('admin', secret.secretValueFromJson('password')),
    });
    new cdk.CfnOutput(this, 'Endpoint', { value: db.dbInstanceEndpointAddress });
    // The safe form.
    new cdk.CfnOutput(this, 'SecretName', { /* TODO */ value: secret.secretName });
  }
}
