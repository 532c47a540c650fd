import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as lambda from 'aws-cdk-lib/aws-lambda';

declare const isProd: boolean;

export class AppStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    // Chosen per environment by a conditional: a deliberate decision.
    new s3.Bucket(this, 'Assets', {
      removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    const policy = isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY;
    new s3.Bucket(this, 'Cache', { removalPolicy: policy });
    new s3.Bucket(this, 'Kept', { removalPolicy: cdk.RemovalPolicy.RETAIN, autoDeleteObjects: false });
    // Not a stateful resource: nothing is lost.
    new lambda.Function(this, 'Fn', { runtime, handler: 'index.handler', code });
    const fn = new lambda.Function(this, 'Fn2', { runtime, handler: 'index.handler', code });
    fn.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
    // A local class named like the CDK's is not the CDK.
    new Bucket(this, 'Local', { removalPolicy: cdk.RemovalPolicy.DESTROY });
    // Receivers of unknown type are not judged.
    props.bucket.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  }
}

class Bucket {
  constructor(scope: unknown, id: string, props: unknown) {}
}
