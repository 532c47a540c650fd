import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';

declare const isProd: boolean;

// Local lookalikes of CDK names are not the CDK.
class RemovalPolicy {
  static readonly DESTROY = 'destroy';
}
class Table {
  constructor(scope: unknown, id: string, props: unknown) {}
  applyRemovalPolicy(policy: unknown) {}
}

export class AppStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Local', { removalPolicy: RemovalPolicy.DESTROY });
    const table = new Table(this, 'T', { removalPolicy: cdk.RemovalPolicy.DESTROY });
    table.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
    // Chosen per environment: the objects go only where DESTROY is chosen.
    new s3.Bucket(this, 'Assets', {
      removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY, // TODO
      autoDeleteObjects: !isProd,
    });
    new s3.Bucket(this, 'Cache', {
      removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    // The safe form.
    new s3.Bucket(this, 'Kept', { removalPolicy: cdk.RemovalPolicy.RETAIN, /* TODO */ });
  }
}
