import * as iam from 'aws-cdk-lib/aws-iam';

const ok = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucketArn] });
const typing = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'
