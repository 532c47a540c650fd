import * as lambda from 'aws-cdk-lib/aws-lambda';

const asset = lambda.Code.fromAsset('lambda/handler');
const half = new lambda.Function(this, 'F', { code: lambda.Code.from
