import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class GoodStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: s3.BucketProps) {
    super(scope, id);
    new route53.CfnHealthCheck(this, 'HealthCheck', {
      healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'example.org' },
    });
    // Typed casts and `satisfies` keep checking.
    new s3.Bucket(this, 'Typed', props as s3.BucketProps);
    new s3.Bucket(this, 'Satisfies', { versioned: true } satisfies s3.BucketProps);
    const cfn = new s3.Bucket(this, 'B').node.defaultChild as s3.CfnBucket;
    const stack = cdk.Stack.of(this);
    // `as any` on things that are not constructs or construct props.
    const parsed = JSON.parse('{}') as any;
    const err = (e: unknown) => (e as any).code;
    const map = new Map<string, number>();
    const m = map as any;
    const result = someFunction({ a: 1 } as any);
    const plain = new Date(0 as any);
    const scopeParent = scope.node.scope as Construct;
  }
}
