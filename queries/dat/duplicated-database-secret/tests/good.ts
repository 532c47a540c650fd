import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

interface Props {
  db: rds.IDatabaseInstance;
}

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string, engine: rds.IInstanceEngine, vpc: cdk.aws_ec2.IVpc, props: Props) {
    super(scope, id);
    // A generated secret handed to the database: the normal way.
    const credentials = new secretsmanager.Secret(this, 'DbCredentials', {
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ username: 'app' }),
        generateStringKey: 'password',
        excludePunctuation: true,
      },
    });
    const db = new rds.DatabaseInstance(this, 'Db', { engine, vpc, credentials: rds.Credentials.fromSecret(credentials) });
    new cdk.CfnOutput(this, 'DbHost', { value: db.dbInstanceEndpointAddress });
    // A database from props is not judged.
    new secretsmanager.Secret(this, 'External', {
      secretObjectValue: { host: cdk.SecretValue.unsafePlainText(props.db.dbInstanceEndpointAddress) },
    });
    // An API key, unrelated to databases.
    new secretsmanager.Secret(this, 'ApiKey', { description: `for ${db.instanceIdentifier}` });
  }
}
