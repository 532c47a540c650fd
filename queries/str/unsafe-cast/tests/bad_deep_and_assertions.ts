import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class DeepStack extends cdk.Stack {
  constructor(scope: Construct, id: string, storageClass: string) {
    super(scope, id);
    // Deeper than two levels of props is still construct props.
    new s3.Bucket(this, 'Deep', {
      lifecycleRules: [{ transitions: [{ storageClass: storageClass as any, transitionAfter: cdk.Duration.days(30) }] }], // expect: STR003
    });
    // `<any>x` is the same cast as `x as any`.
    new s3.Bucket(this, 'Old', <any>{ versioned: true }); // expect: STR003
    (new s3.Bucket(this, 'Inline') as any).policy = undefined; // expect: STR003
    const logs = new s3.Bucket(this, 'Logs');
    (<any>logs).node.addDependency(this); // expect: STR003
  }
}
