import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class DatabaseStack extends cdk.Stack {
  dbInstance: rds.DatabaseInstance;
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });
    // seed 004 4.3
    this.dbInstance = new rds.DatabaseInstance(this, 'DbInstance', { engine, vpc }); // expect: DAT002 info
    new rds.DatabaseInstance(this, 'Short', {
      engine,
      vpc,
      backupRetention: cdk.Duration.days(3), // expect: DAT002 warning
    });
    new rds.DatabaseInstance(this, 'Off', { engine, vpc, backupRetention: cdk.Duration.days(0) }); // expect: DAT002 warning
    new rds.DatabaseCluster(this, 'Aurora', { // expect: DAT002 info
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      vpc,
    });
    new rds.DatabaseCluster(this, 'Aurora2', { // expect: DAT002 info
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      vpc,
      backup: { preferredWindow: '03:00-04:00' },
    });
    new rds.DatabaseCluster(this, 'Aurora3', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      vpc,
      backup: { retention: cdk.Duration.days(1) }, // expect: DAT002 warning
    });
    new rds.ServerlessCluster(this, 'Serverless', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpc }); // expect: DAT002
  }
}
