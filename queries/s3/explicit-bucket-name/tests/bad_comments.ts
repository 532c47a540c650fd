import * as cdk from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';

export class ContentStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { stage: string }) {
    super(scope, id);
    new s3.Bucket(this, /* TODO */ 'Assets', {
      // TODO: drop the name
      removalPolicy: cdk.RemovalPolicy.RETAIN, // TODO
      bucketName: `assets-${cdk.Aws.ACCOUNT_ID}`, // expect: S3002
    });
    new s3.Bucket(
      this, // TODO
      'Exports', // TODO
      { /* TODO */ bucketName: 'exports-' + props.stage + '-data' }, // expect: S3002
    );
    // Not the WAF prefix: a lookalike.
    new s3.Bucket(this, 'Waf', { bucketName: 'waf-logs-' + props.stage }); // expect: S3002
  }
}
