import * as cdk from 'aws-cdk-lib';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { aws_dynamodb as dynamodb, aws_rds as rds } from 'aws-cdk-lib';

export class StorageStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Uploads', {
      removalPolicy: cdk.RemovalPolicy.DESTROY, // expect: DAT001 info
      autoDeleteObjects: true,
    });
    new s3.Bucket(this, 'Scratch', { autoDeleteObjects: true }); // expect: DAT001
    new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      'removalPolicy': RemovalPolicy.RETAIN, // expect: DAT001
    });
    const destroy = RemovalPolicy.DESTROY;
    new rds.DatabaseCluster(this, 'Db', { engine, removalPolicy: destroy }); // expect: DAT001
    const logs = new cdk.aws_logs.LogGroup(this, 'Logs');
    logs.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN); // expect: DAT001
  }
}
