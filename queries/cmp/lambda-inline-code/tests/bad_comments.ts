import * as cdk from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class HandlerStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Handler', {
      // TODO: move to an asset
      runtime: lambda.Runtime.NODEJS_20_X,
      /* inline for now */ handler: 'index.handler',
      code: lambda.Code.fromInline( // expect: CMP001
        // TODO
        'exports.handler = async () => ({})',
      ),
    });
    const shim = new lambda.InlineCode(/* TODO */ 'exports.handler = async () => {};'); // expect: CMP001
    new lambda.Function(this, 'Shim', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: shim });
  }
}
