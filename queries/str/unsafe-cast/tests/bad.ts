import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class RegionalResourcesStack extends cdk.Stack {
  constructor(scope: Construct, id: string, albDns: string, extra: object) {
    super(scope, id);
    // seed 002 #10: health check configuration cast to any.
    new route53.CfnHealthCheck(this, 'HealthCheck', {
      healthCheckConfig: {
        type: 'HTTP',
        fullyQualifiedDomainName: albDns,
      } as any, // expect: STR003 warning
    });
    new s3.Bucket(this, 'Logs', { versioned: true, ...extra } as any); // expect: STR003
    new s3.Bucket(this, 'Nested', {
      lifecycleRules: [{ expiration: cdk.Duration.days(30) } as any], // expect: STR003
      cors: { allowedMethods: ['GET'] as any }, // expect: STR003
    });
    new s3.Bucket(this, `Spread-${id}`, { ...(extra as any) }); // expect: STR003
    const bucket = new s3.Bucket(this, 'Data');
    (bucket as any).node.addDependency(this); // expect: STR003
    this.table = new cdk.CfnResource(this, 'Raw', { type: 'AWS::S3::Bucket' });
    (this.table as any).addOverride('Properties.X', 1); // expect: STR003
  }
  table: cdk.CfnResource;
}

// seed 000 #10: outputs scoped with the parent cast to a stack.
export class Outputs extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = scope.node.scope as cdk.Stack; // expect: STR003
    const parent = this.node.scope as Stack; // expect: STR003
    new cdk.CfnOutput(stack, 'Arn', { value: 'x' });
  }
}
type Stack = cdk.Stack;
