import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

class CfnOutput {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class DataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, bucket: any) {
    super(scope, id);
    const secret = new secretsmanager.Secret(this, 'Api');
    new cdk.CfnOutput(this, 'SecretName', { value: secret.secretName });
    new cdk.CfnOutput(this, 'BucketArn', { value: bucket.bucketArn, description: 'not the secretArn' });
    new CfnOutput(this, 'Local', { value: secret.secretValue.unsafeUnwrap() });
    // Passing the secret itself to a consumer is the safe way.
    new cdk.aws_lambda.Function(this, 'Fn', {
      runtime: cdk.aws_lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: cdk.aws_lambda.Code.fromInline('exports.handler = async () => {}'),
      environment: { SECRET_ARN: secret.secretArn },
    });
  }
}
