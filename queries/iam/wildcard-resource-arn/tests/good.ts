import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';

export class MountStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, bucket: s3.Bucket, tableName: string) {
    super(scope, id);
    new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [
        bucket.arnForObjects('*'),
        `${bucket.bucketArn}/*`,
        `arn:aws:s3:::${bucket.bucketName}/*`,
        'arn:aws:s3:::my-content-bucket/*',
        'arn:aws:s3:::my-content-bucket/reports/*',
        'arn:aws:s3:::my-content-bucket',
      ],
    });
    new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [`arn:aws:logs:${this.region}:${this.account}:log-group:/aws/lambda/my-fn:*`],
    });
    new iam.PolicyStatement({
      actions: ['dynamodb:GetRecords'],
      resources: [`arn:aws:dynamodb:${this.region}:${this.account}:table/${tableName}/stream/*`],
    });
    // A wildcard in the region or account part is not the resource part.
    new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: ['arn:aws:ssm:*:111122223333:parameter/app'] });
    // Not ARNs.
    const glob = 'logs/*';
    const star = '*';
    const comparison = arn === 'arn:aws:s3:::b' ? 1 : 2;
  }
}
