import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class LogsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, vpc: ec2.Vpc, origin: cloudfront.IOrigin) {
    super(scope, id);
    const accessLogs = new s3.Bucket(this, 'AccessLogs', { enforceSSL: true }); // expect: S3004 info
    new s3.Bucket(this, 'Data', { serverAccessLogsBucket: accessLogs });
    const cdnLogs = new s3.Bucket(this, 'CdnLogs', { // expect: S3004
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ noncurrentVersionExpiration: cdk.Duration.days(30) }],
    });
    new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, logBucket: cdnLogs });
    const albLogs = new s3.Bucket(this, 'AlbLogs', { lifecycleRules: [] }); // expect: S3004
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });
    alb.logAccessLogs(albLogs, 'alb');
    vpc.addFlowLog('Flow', {
      destination: ec2.FlowLogDestination.toS3(new s3.Bucket(this, 'FlowLogs')), // expect: S3004
    });
  }
}
