import * as s3 from 'aws-cdk-lib/aws-s3';

const ok = new s3.Bucket(this, 'Ok', { enforceSSL: true });
const typing = new s3.Bucket(this, 'Typing', { enforceSSL:
