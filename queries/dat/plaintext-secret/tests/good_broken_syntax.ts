import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

new secretsmanager.Secret(this, 'Generated', { generateSecretString: { passwordLength: 32 } });
new secretsmanager.Secret(this, 'Typing', { secretStringValue: cdk.SecretValue.unsafePlainText('half
