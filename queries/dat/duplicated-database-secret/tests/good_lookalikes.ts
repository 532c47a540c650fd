import * as rds from 'aws-cdk-lib/aws-rds';

// A local secret store named like the CDK construct.
class Secret {
  constructor(public values: Record<string, unknown>) {}
}
const db = new rds.DatabaseInstance(this, 'Db', { engine, vpc });
new Secret({ host: db.dbInstanceEndpointAddress, password: db.secret!.secretValueFromJson('password') });
