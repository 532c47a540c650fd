import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';

class Bucket {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class WafStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { stage: string }) {
    super(scope, id);
    // AWS WAF only logs to buckets named `aws-waf-logs-…`.
    new s3.Bucket(this, 'WafLogs', { bucketName: `aws-waf-logs-${cdk.Aws.ACCOUNT_ID}-${props.stage}` });
    new s3.Bucket(this, 'WafLogs2', { bucketName: 'aws-waf-logs-' + props.stage });
    new s3.CfnBucket(this, 'WafLogs3', { bucketName: 'aws-waf-logs-central' });
    new Bucket(this, 'Local', { bucketName: 'local-thing' });
    new s3.Bucket(this, 'Generated', { removalPolicy: cdk.RemovalPolicy.RETAIN });
  }
}
