import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class DatabaseStack extends cdk.Stack {
  dbInstance: rds.DatabaseInstance;
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });
    // seed 004 9.2
    this.dbInstance = new rds.DatabaseInstance(this, 'DbInstance', { // expect: DAT006 info
      engine,
      vpc,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    });
    new rds.DatabaseInstance(this, 'Off', { engine, vpc, enablePerformanceInsights: false }); // expect: DAT006
    new rds.DatabaseInstance(this, 'Default', { engine, vpc }); // expect: DAT006
  }
}
