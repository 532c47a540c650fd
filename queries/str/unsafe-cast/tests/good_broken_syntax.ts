import * as s3 from 'aws-cdk-lib/aws-s3';

new s3.Bucket(this, 'Ok', { versioned: true });
new s3.Bucket(this, 'Half', { versioned: true } as any
