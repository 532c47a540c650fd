import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';

export class DatabaseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, /* TODO */ id);
    const engine = rds.DatabaseInstanceEngine.postgres({ /* TODO */ version: rds.PostgresEngineVersion.VER_16 });
    new rds.DatabaseInstance(this, /* TODO */ 'Db', { // expect: DAT006
      engine, // TODO
      // TODO: a bigger class
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, /* TODO */ ec2.InstanceSize.LARGE),
      vpc,
    });
    new rds.DatabaseInstanceFromSnapshot(this, 'Restored', {
      snapshotIdentifier: 'snap', // TODO
      engine,
      vpc,
      // TODO
      enablePerformanceInsights: false, // expect: DAT006
    });
  }
}
