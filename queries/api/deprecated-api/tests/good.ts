import { SecretValue, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

// A local class named like a CDK one.
class Runtime {
  static NODEJS_14_X = 'nodejs14.x';
}
class LocalSecret {
  static plainText(s: string) {
    return s;
  }
}

export class AppStack extends Stack {
  constructor(scope: Construct, id: string, alb: any, vpc: ec2.IVpc) {
    super(scope, id);
    // The current names.
    SecretValue.unsafePlainText('x');
    const endpoint = ec2.InterfaceVpcEndpointAwsService.EMAIL_SMTP;
    new lambda.Function(this, 'Fn', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => {};'),
      logGroup: undefined,
    });
    // Lookalikes: local classes, and names of deprecated members on other things.
    const r = Runtime.NODEJS_14_X;
    LocalSecret.plainText('x');
    // Same method name on a receiver whose class the file does not show.
    alb.metricRequestCount();
    // Same method name on an unrelated CDK class: `Topic` has no deprecated `addDependency`.
    const topic = new sns.Topic(this, 'Topic');
    topic.node.addDependency(vpc);
    // `logRetention` on a construct whose props do not deprecate it.
    new s3.Bucket(this, 'B', { logRetention: 7 } as any);
    // The same prop name in an object passed nowhere CDK takes props.
    const settings = { logRetention: 7, tag: 'v1' };
    // The non-deprecated overload-like sibling on a bucket.
    const bucket = new s3.CfnBucket(this, 'Bucket');
    bucket.addResourceDependency(new s3.CfnBucket(this, 'Other'));
    this.addStackDependency(new Stack(this, 'S'));
  }
}
