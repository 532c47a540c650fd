import * as cdk from 'aws-cdk-lib';
import { aws_s3 as s3 } from 'aws-cdk-lib';

export class ContentStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: { stage: string }) {
    super(scope, id);
    new s3.Bucket(this, 'A', { bucketName: 'my-company-assets' }); // expect: S3002
    new s3.Bucket(this, 'B', { bucketName: `static-content-${this.account}-${this.region}` }); // expect: S3002
    new s3.Bucket(this, 'C', { 'bucketName': 'quoted-key' }); // expect: S3002
    const logsName = `logs-${props.stage}`;
    new s3.Bucket(this, 'D', { bucketName: logsName }); // expect: S3002
    new s3.Bucket(this, 'E', { bucketName: 'reports-' + props.stage }); // expect: S3002
    new s3.CfnBucket(this, 'F', { bucketName: "raw-data" }); // expect: S3002
  }
}
