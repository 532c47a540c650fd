import { Stack, StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';

interface Props extends StackProps {
  runtime: lambda.Runtime;
}

// A local class that shares the CDK's name is not a Lambda function.
class Function {
  constructor(readonly opts: { runtime: string }) {}
}

export class ApiStack extends Stack {
  constructor(scope: Construct, id: string, props: Props) {
    super(scope, id, props);
    new lambda.Function(this, 'Current', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
    });
    new NodejsFunction(this, 'Api', { entry: 'src/api.ts', runtime: lambda.Runtime.NODEJS_20_X });
    // Chosen at synth time or by the caller: not judged.
    new NodejsFunction(this, 'Latest', {
      entry: 'src/latest.ts',
      runtime: lambda.Runtime.determineLatestNodeRuntime(this),
    });
    new lambda.Function(this, 'FromProps', {
      runtime: props.runtime,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
    });
    new Function({ runtime: 'nodejs14.x' });
  }
}
