const cdk = require('aws-cdk-lib/core');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

class SecretsStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new secretsmanager.Secret(this, 'Token', {
      // TODO
      secretStringValue: JSON.stringify({ token: 'ghp_abcdef' }), // expect: DAT003
    });
    this.webhook = cdk.SecretValue.unsafePlainText(/* TODO */ 'https://hooks.example.com/T000/B000/XXXX'); // expect: DAT003
  }
}
module.exports = { SecretsStack };
