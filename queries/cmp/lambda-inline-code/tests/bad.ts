import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class ApiStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(` // expect: CMP001 info
        exports.handler = async (event) => {
          console.log('demo', JSON.stringify(event));
          return { statusCode: 200, body: 'ok' };
        };
      `),
    });
    const code = new lambda.InlineCode('exports.handler = async () => {};'); // expect: CMP001
    new lambda.Function(this, 'Other', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
  }
}
