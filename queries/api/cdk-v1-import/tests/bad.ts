import * as cdk from '@aws-cdk/core'; // expect: API002
import * as s3 from '@aws-cdk/aws-s3'; // expect: API002
import { Vpc, SubnetType } from '@aws-cdk/aws-ec2'; // expect: API002
import pipelines = require('@aws-cdk/pipelines'); // expect: API002
export { Bucket } from '@aws-cdk/aws-s3'; // expect: API002
// A v2 experimental module and a deep import.
import * as python from '@aws-cdk/aws-lambda-python-alpha';
import { BucketPolicy } from '@aws-cdk/aws-s3/lib/bucket-policy'; // expect: API002

export class AppStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Bucket');
  }
}
