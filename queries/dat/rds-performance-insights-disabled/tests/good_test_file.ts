// cdklint-test-path: test/database.test.ts
import * as cdk from 'aws-cdk-lib/core';
import * as rds from 'aws-cdk-lib/aws-rds';

test('database', () => {
  const stack = new cdk.Stack();
  new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.MYSQL, vpc });
});
