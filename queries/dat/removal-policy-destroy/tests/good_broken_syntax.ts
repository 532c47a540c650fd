import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';

new s3.Bucket(this, 'Half', { removalPolicy: cdk.RemovalPolicy.
