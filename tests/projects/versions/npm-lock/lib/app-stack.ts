import * as cdk from 'aws-cdk-lib';
export class AppStack extends cdk.Stack {}
