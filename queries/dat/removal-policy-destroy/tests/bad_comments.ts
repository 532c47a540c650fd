import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';

export class DataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, /* TODO */ id);
    new s3.Bucket(this, /* TODO */ 'Uploads', {
      // TODO: retention
      removalPolicy: cdk.RemovalPolicy.DESTROY, // expect: DAT001
      // TODO
      autoDeleteObjects: true,
    });
    new s3.Bucket(this, 'Scratch', {
      // TODO
      autoDeleteObjects: true, // expect: DAT001
    });
    new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'id', /* TODO */ type: dynamodb.AttributeType.STRING },
      // TODO
      removalPolicy: (cdk.RemovalPolicy.DESTROY), // expect: DAT001
    });
    const logGroup = new logs.LogGroup(this, 'Logs', { /* TODO */ });
    logGroup.applyRemovalPolicy(
      // TODO
      cdk.RemovalPolicy.DESTROY, // expect: DAT001
    );
  }
}
