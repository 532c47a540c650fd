// Loading or re-exporting CDK v2 modules, the v2 experimental ones included, is fine.
import 'aws-cdk-lib';
import 'source-map-support/register';
export * from 'aws-cdk-lib/aws-s3';
export { HttpApi } from '@aws-cdk/aws-apigatewayv2-alpha';
export { helper } from './helper';
