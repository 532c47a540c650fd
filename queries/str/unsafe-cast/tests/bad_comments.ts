import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class CommentedStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new s3.Bucket(
      this, // TODO
      'Logs',
      /* TODO: type this */ { versioned: true } as any, // expect: STR003
    );
    new s3.Bucket(this, 'Nested', {
      // TODO
      cors: { /* TODO */ allowedMethods: ['GET'] as any }, // expect: STR003
    });
    const parent = this.node.scope as cdk.Stack; // expect: STR003
    new cdk.CfnOutput(parent, 'Out', { value: 'x' });
  }
}
