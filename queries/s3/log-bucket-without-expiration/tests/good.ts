import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class LogsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, rules: s3.LifecycleRule[], external: s3.IBucket) {
    super(scope, id);
    const expiring = new s3.Bucket(this, 'Expiring', { lifecycleRules: [{ expiration: cdk.Duration.days(90) }] });
    new s3.Bucket(this, 'A', { serverAccessLogsBucket: expiring });
    const dated = new s3.Bucket(this, 'Dated', { lifecycleRules: [{ id: 'a' }, { expirationDate: new Date('2030-01-01') }] });
    new s3.Bucket(this, 'B', { serverAccessLogsBucket: dated });
    const later = new s3.Bucket(this, 'Later');
    later.addLifecycleRule({ expiration: cdk.Duration.days(30) });
    new s3.Bucket(this, 'C', { serverAccessLogsBucket: later });
    // Rules the file does not show.
    const shared = new s3.Bucket(this, 'Shared', { lifecycleRules: rules });
    new s3.Bucket(this, 'D', { serverAccessLogsBucket: shared });
    // Not a log bucket; and a log bucket created elsewhere.
    new s3.Bucket(this, 'Data');
    new s3.Bucket(this, 'E', { serverAccessLogsBucket: external });
  }
}
