import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';

class DatabaseInstance {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class DatabaseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: any, props: rds.DatabaseInstanceProps, common: any) {
    super(scope, id);
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });
    const primary = new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: cdk.Duration.days(7) });
    new rds.DatabaseInstance(this, 'Long', { engine, vpc, backupRetention: cdk.Duration.days(35) });
    new rds.DatabaseCluster(this, 'Aurora', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      vpc,
      backup: { retention: cdk.Duration.days(14), preferredWindow: '03:00-04:00' },
    });
    // Read replicas keep no backups by design.
    new rds.DatabaseInstanceReadReplica(this, 'Replica', { sourceDatabaseInstance: primary, instanceType: undefined as any, vpc });
    // Props the rule cannot see.
    new rds.DatabaseInstance(this, 'FromProps', props);
    new rds.DatabaseInstance(this, 'Spread', { ...common, engine, vpc });
    new DatabaseInstance(this, 'Local', { engine });
  }
}
