import { Stack, StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';

export class ApiStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new lambda.Function(this, 'Legacy', {
      runtime: lambda.Runtime.NODEJS_16_X, // expect: ACME002
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
    });
    const runtime = lambda.Runtime.PYTHON_3_9;
    new lambda.Function(this, 'Report', {
      runtime, // expect: ACME002
      handler: 'report.handler',
      code: lambda.Code.fromAsset('report'),
    });
    new NodejsFunction(this, 'Api', {
      entry: 'src/api.ts',
      runtime: lambda.Runtime.NODEJS_18_X, // expect: ACME002
    });
  }
}
