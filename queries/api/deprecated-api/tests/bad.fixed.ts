import * as cdk from 'aws-cdk-lib';
import { SecretValue, Stack } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class AppStack extends Stack {
  constructor(scope: Construct, id: string, other: Stack, vpc: ec2.IVpc) {
    super(scope, id);
    // A static method, renamed with the same signature.
    const password = SecretValue.unsafePlainText('not-a-secret'); // expect: API001
    // A static property, renamed (the same endpoint service).
    const endpoint = ec2.InterfaceVpcEndpointAwsService.EMAIL_SMTP; // expect: API001
    // An enum member, renamed (a typo fixed).
    const metric = appscaling.PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION; // expect: API001
    // A static property read through: no fix, the member is not the one written last.
    const name = lambda.Runtime.NODEJS_14_X.name; // expect: API001
    new lambda.Function(this, 'Fn', {
      runtime: lambda.Runtime.NODEJS_14_X, // expect: API001
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => {};'),
      logRetention: 7, // expect: API001
    });
    // A prop of an image code's props, renamed.
    lambda.Code.fromEcrImage(repo, { tagOrDigest: 'v1' }); // expect: API001
    // Instance methods on receivers bound in this file, and on `this`.
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
    alb.metricRequestCount(); // expect: API001
    const bucket = new s3.CfnBucket(this, 'Bucket');
    bucket.addResourceDependency(new s3.CfnBucket(this, 'Other')); // expect: API001
    this.addStackDependency(other); // expect: API001
    // A deprecated class.
    new cloudfront.CloudFrontWebDistribution(this, 'Dist', { originConfigs: [] }); // expect: API001
    // The root module spelled through `cdk.`.
    cdk.SecretValue.unsafePlainText('x'); // expect: API001
  }
}

// A local class extending a stack: instances created in the file are known receivers.
class Child extends AppStack {}
const child = new Child(app, 'Child', parent, vpc);
child.addStackDependency(parent); // expect: API001
