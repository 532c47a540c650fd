// cdklint-test-path: test/secrets.test.ts
import * as cdk from 'aws-cdk-lib/core';
import * as rds from 'aws-cdk-lib/aws-rds';

test('credentials', () => {
  rds.Credentials.fromPassword('admin', cdk.SecretValue.unsafePlainText('test-password'));
});
