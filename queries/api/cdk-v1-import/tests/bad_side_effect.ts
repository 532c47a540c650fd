import '@aws-cdk/core'; // expect: API002
import * as cdk from 'aws-cdk-lib';
export * from '@aws-cdk/aws-s3'; // expect: API002

// A `require` anywhere loads the package.
export function loadQueue() {
  return require('@aws-cdk/aws-sqs'); // expect: API002
}

new cdk.App();
