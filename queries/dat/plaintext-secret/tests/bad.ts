import * as cdk from 'aws-cdk-lib';
import { SecretValue } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as rds from 'aws-cdk-lib/aws-rds';

export class SecretsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { dbPassword: string; host: string }) {
    super(scope, id);
    // seed 001 #9: connection info in plain text instead of the RDS-generated secret.
    new secretsmanager.Secret(this, 'ConnectionSecret', {
      secretObjectValue: {
        host: SecretValue.unsafePlainText(props.host),
        database: SecretValue.unsafePlainText('app'),
        username: SecretValue.unsafePlainText('admin'),
        password: SecretValue.unsafePlainText(props.dbPassword), // expect: DAT003
        'api_key': SecretValue.unsafePlainText('sk-live-123'), // expect: DAT003
      },
    });
    // seed 003 §1: placeholder secret.
    new secretsmanager.Secret(this, 'ApiKey', {
      secretStringValue: cdk.SecretValue.unsafePlainText('placeholder-key'), // expect: DAT003
    });
    rds.Credentials.fromPassword('admin', SecretValue.plainText('P@ssw0rd!')); // expect: DAT003
    const token = SecretValue.unsafePlainText(`ghp_abcdef`); // expect: DAT003
    new secretsmanager.CfnSecret(this, 'Raw', { secretString: '{"password":"hunter2"}' }); // expect: DAT003
    new secretsmanager.CfnSecret(this, 'Json', {
      secretString: JSON.stringify({ username: 'admin', password: 'hunter2' }), // expect: DAT003
    });
  }
}
