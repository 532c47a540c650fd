import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Secret, CfnSecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string, engine: rds.IInstanceEngine, vpc: cdk.aws_ec2.IVpc) {
    super(scope, id);
    const db = new rds.DatabaseInstance(this, 'Db', { engine, vpc });
    new secretsmanager.Secret(this, 'AppDbConfig', { // expect: DAT007 info
      secretObjectValue: {
        host: cdk.SecretValue.unsafePlainText(db.dbInstanceEndpointAddress),
        port: cdk.SecretValue.unsafePlainText(db.dbInstanceEndpointPort),
      },
    });
    const cluster = new rds.DatabaseCluster(this, 'Cluster', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpc });
    new CfnSecret(this, 'ClusterConfig', { // expect: DAT007
      secretString: JSON.stringify({ host: cluster.clusterEndpoint.hostname, port: cluster.clusterEndpoint.port }),
    });
    const credentials = Secret.fromSecretNameV2(this, 'Creds', 'prod/db');
    new Secret(this, 'Copy', { // expect: DAT007
      secretObjectValue: { password: credentials.secretValueFromJson('password') },
    });
  }
}
