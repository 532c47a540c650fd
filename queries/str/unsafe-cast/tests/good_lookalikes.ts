import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

function makeBucket(scope: Construct, id: string, props: object) {
  return props;
}

export class LookalikeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, name: string, code: unknown) {
    super(scope, id);
    // A function with construct-shaped arguments is not a construct.
    makeBucket(this, 'Bucket', { versioned: true } as any);
    // Casts that do not reach a prop: inside another call, an operator or a callback.
    new lambda.Function(this, 'Fn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(String(code as any)),
      environment: { NAME: (name as any) + '-fn' },
    });
    new s3.Bucket(this, 'Named', { bucketName: [name].map((n) => n as any)[0] });
    // Other casts of the parent scope, and a stack found properly.
    const parentNode = this.node.scope as Construct;
    const stack = cdk.Stack.of(this);
    const bucketProps = { versioned: true } as unknown as s3.BucketProps;
    new s3.Bucket(stack, 'Typed', bucketProps);
  }
}
