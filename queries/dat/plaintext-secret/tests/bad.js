const { SecretValue, Stack, aws_secretsmanager: sm } = require('aws-cdk-lib');

class SecretsStack extends Stack {
  constructor(scope, id) {
    super(scope, id);
    new sm.Secret(this, 'Token', { secretStringValue: 'changeme' }); // expect: DAT003
    this.webhook = SecretValue.unsafePlainText('https://hooks.example.com/T000/B000/XXXX'); // expect: DAT003
  }
}
module.exports = { SecretsStack };
