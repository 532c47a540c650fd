import { Duration, Stack } from 'aws-cdk-lib';
import { DatabaseInstance, DatabaseInstanceEngine } from 'aws-cdk-lib/aws-rds';

export function database(stack: Stack, vpc: any) {
  return new DatabaseInstance(stack, 'Db', { engine: DatabaseInstanceEngine.MYSQL, vpc, backupRetention: Duration.days(6) }); // expect: DAT002 warning
}
