import * as cdk from 'aws-cdk-lib';
