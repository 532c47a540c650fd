import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

class DatabaseInstance {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class DatabaseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc, key: any, props: rds.DatabaseInstanceProps) {
    super(scope, id);
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });
    new rds.DatabaseInstance(this, 'On', { engine, vpc, enablePerformanceInsights: true });
    new rds.DatabaseInstance(this, 'Retention', { engine, vpc, performanceInsightRetention: rds.PerformanceInsightRetention.MONTHS_1 });
    new rds.DatabaseInstance(this, 'Encrypted', { engine, vpc, performanceInsightEncryptionKey: key });
    new rds.DatabaseInstance(this, 'Advanced', { engine, vpc, databaseInsightsMode: rds.DatabaseInsightsMode.ADVANCED });
    // Micro and small classes do not support Performance Insights.
    new rds.DatabaseInstance(this, 'Micro', {
      engine,
      vpc,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO),
    });
    new rds.DatabaseInstance(this, 'Small', { engine, vpc, instanceType: new ec2.InstanceType('t4g.small') });
    // Props the rule cannot see, a cluster (a different rule's business) and a lookalike.
    new rds.DatabaseInstance(this, 'FromProps', props);
    new rds.DatabaseCluster(this, 'Cluster', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpc });
    new DatabaseInstance(this, 'Local', { engine });
  }
}
