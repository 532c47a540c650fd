import * as cdk from 'aws-cdk-lib/core';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

// A local lookalike of a CDK name is not the CDK.
class SecretValue {
  static unsafePlainText(s: string) { return s; }
}

export class SecretsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, token: string, db: any) {
    super(scope, id);
    new secretsmanager.Secret(this, 'Local', { secretObjectValue: { password: SecretValue.unsafePlainText('x') as any } });
    // A serialised object whose secret is a token, not a literal.
    new secretsmanager.Secret(this, 'FromToken', {
      secretStringValue: cdk.SecretValue.unsafePlainText(JSON.stringify({ username: 'admin', password: token })),
    });
    new secretsmanager.CfnSecret(this, 'Conn', { secretString: JSON.stringify({ host: db.endpoint, /* TODO */ port: '5432' }) });
    // The safe form.
    new secretsmanager.Secret(this, 'Generated', { /* TODO */ generateSecretString: { passwordLength: 32 } });
  }
}
