// A file that binds no CDK name still loads the v1 packages it imports or re-exports.
import '@aws-cdk/core'; // expect: API002
import 'source-map-support/register';
export * from '@aws-cdk/aws-s3'; // expect: API002
export { Queue } from '@aws-cdk/aws-sqs'; // expect: API002
