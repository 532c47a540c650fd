import * as s3 from 'aws-cdk-lib/aws-s3';

class Bucket {
  constructor(public name: string) {}
}
const logs = new Bucket('logs');
new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logs as any, lifecycleRules: [{ expiration }] });
