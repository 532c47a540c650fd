import * as cdk from 'aws-cdk-lib/core';
import * as rds from 'aws-cdk-lib/aws-rds';

// Local lookalikes of CDK names are not the CDK.
class DatabaseCluster {
  constructor(scope: unknown, id: string, props: unknown) {}
}
const Duration = { days: (n: number) => n };

export class DatabaseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: any, backup: rds.BackupProps) {
    super(scope, id);
    new DatabaseCluster(this, 'Local', { vpc });
    new rds.DatabaseInstance(this, 'LocalDuration', { vpc, backupRetention: Duration.days(1) as any });
    // The safe forms, and a `backup` the rule cannot see.
    new rds.DatabaseInstance(this, 'Db', { vpc, /* TODO */ backupRetention: cdk.Duration.days(7) });
    new rds.DatabaseCluster(this, 'Aurora', { vpc, backup: { retention: cdk.Duration.days(14) } });
    new rds.DatabaseCluster(this, 'Hidden', { vpc, backup });
  }
}
