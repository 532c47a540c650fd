const { aws_secretsmanager: sm, aws_cognito: cognito } = require('aws-cdk-lib');

module.exports = (scope) => {
  new cognito.UserPool(scope, 'Users', { email: cognito.UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'us-east-1' }) }); // expect: TLS002
  return new sm.CfnSecret(scope, 'Key', { secretString: 'placeholder-key' }); // expect: TLS002
};
