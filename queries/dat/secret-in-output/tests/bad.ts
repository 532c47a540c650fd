import * as cdk from 'aws-cdk-lib';
import { CfnOutput } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as rds from 'aws-cdk-lib/aws-rds';

export class DataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, db: rds.DatabaseInstance) {
    super(scope, id);
    const secret = new secretsmanager.Secret(this, 'Api');
    new cdk.CfnOutput(this, 'ApiSecret', { value: secret.secretValue.unsafeUnwrap() }); // expect: DAT004 error
    new CfnOutput(this, 'DbPassword', {
      value: db.secret!.secretValueFromJson('password').toString(), // expect: DAT004 error
      exportName: 'db-password',
    });
    new CfnOutput(this, 'Templated', { value: `${secret.secretValue}` }); // expect: DAT004 error
    // seed 003 §3: secret ARNs in outputs.
    new CfnOutput(this, 'ApiSecretArn', { value: secret.secretArn }); // expect: DAT004 info
    new cdk.CfnOutput(this, 'DbSecretArn', { value: db.secret?.secretFullArn ?? '' }); // expect: DAT004 info
  }
}
