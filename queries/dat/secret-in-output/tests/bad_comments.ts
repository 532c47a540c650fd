import * as cdk from 'aws-cdk-lib/core';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class DataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, /* TODO */ id);
    const secret = new secretsmanager.Secret(this, /* TODO */ 'Api');
    new cdk.CfnOutput(this, /* TODO */ 'ApiSecret', {
      // TODO: remove
      value: secret.secretValueFromJson(/* TODO */ 'password').unsafeUnwrap(), // expect: DAT004 error
    });
    new cdk.CfnOutput(this, 'Serialised', {
      value: JSON.stringify({ password: secret.secretValue.unsafeUnwrap() }), // expect: DAT004 error
    });
    new cdk.CfnOutput(this, 'Arn', { /* TODO */ value: secret.secretArn }); // expect: DAT004 info
  }
}
