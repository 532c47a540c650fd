import * as cdk from 'aws-cdk-lib/core';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as rds from 'aws-cdk-lib/aws-rds';

export class SecretsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { dbPassword: string }) {
    super(scope, /* TODO */ id);
    new secretsmanager.Secret(this, /* TODO */ 'ApiKey', {
      // TODO: generate it
      secretStringValue: cdk.SecretValue.unsafePlainText(/* TODO */ 'placeholder-key'), // expect: DAT003
    });
    new secretsmanager.Secret(this, 'Json', {
      // TODO
      secretStringValue: cdk.SecretValue.unsafePlainText(JSON.stringify({ username: 'admin', /* TODO */ password: 'hunter2' })), // expect: DAT003
    });
    new secretsmanager.Secret(this, 'Conn', {
      secretObjectValue: {
        // TODO
        database: cdk.SecretValue.unsafePlainText('app'),
        password: cdk.SecretValue.unsafePlainText(props.dbPassword), // expect: DAT003
      },
    });
    rds.Credentials.fromPassword('admin', /* TODO */ cdk.SecretValue.unsafePlainText('P@ssw0rd!')); // expect: DAT003
    new secretsmanager.CfnSecret(this, 'Raw', {
      // TODO
      secretString: JSON.stringify({ /* TODO */ apiKey: 'sk-live-123' }), // expect: DAT003
    });
  }
}
