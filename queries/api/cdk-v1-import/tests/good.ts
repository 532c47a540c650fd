import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { aws_ec2 as ec2 } from 'aws-cdk-lib';
// CDK v2 experimental modules and v2-era tool packages live under @aws-cdk/ too.
import * as python from '@aws-cdk/aws-lambda-python-alpha';
import { IntegTest } from '@aws-cdk/integ-tests-alpha';
import * as spec from '@aws-cdk/aws-service-spec';
import { Construct } from 'constructs';
// A string that merely mentions a v1 package.
const note = '@aws-cdk/core was v1';

export class AppStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Bucket');
  }
}
