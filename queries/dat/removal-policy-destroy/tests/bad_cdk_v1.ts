import cdk from '@aws-cdk/core';
import { RemovalPolicy } from '@aws-cdk/core';
import * as s3 from '@aws-cdk/aws-s3';

export class LegacyStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Logs', { removalPolicy: RemovalPolicy.DESTROY }); // expect: DAT001
    new s3.Bucket(this, 'More', { removalPolicy: cdk.RemovalPolicy.DESTROY }); // expect: DAT001
  }
}
