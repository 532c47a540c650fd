import * as cdk from 'aws-cdk-lib/core';
import * as rds from 'aws-cdk-lib/aws-rds';

export class DatabaseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: any) {
    super(scope, /* TODO */ id);
    const engine = rds.DatabaseInstanceEngine.postgres({ /* TODO */ version: rds.PostgresEngineVersion.VER_16 });
    new rds.DatabaseInstance(this, /* TODO */ 'Db', { // expect: DAT002 info
      engine, // TODO
      // TODO
      vpc,
    });
    new rds.DatabaseInstance(this, 'Short', {
      engine,
      // TODO: a week
      backupRetention: cdk.Duration.days(/* TODO */ 2), // expect: DAT002 warning
      vpc,
    });
    new rds.DatabaseCluster(this, 'Aurora', {
      engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
      backup: {
        // TODO
        retention: cdk.Duration.days(5), // expect: DAT002 warning
      },
      vpc,
    });
    new rds.DatabaseClusterFromSnapshot(this, 'Restored', { // expect: DAT002 info
      engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
      snapshotIdentifier: 'snap', // TODO
      backup: { /* TODO */ preferredWindow: '03:00-04:00' },
    });
  }
}
