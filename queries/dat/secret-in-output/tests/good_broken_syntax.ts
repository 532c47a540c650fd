import * as cdk from 'aws-cdk-lib';

new cdk.CfnOutput(this, 'SecretName', { value: secret.secretName });
new cdk.CfnOutput(this, 'Typing', { value: secret.secretValue.unsafeUnwrap(
