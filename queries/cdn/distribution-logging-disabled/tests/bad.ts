import * as cdk from 'aws-cdk-lib';
import { aws_cloudfront as cloudfront, aws_s3 as s3 } from 'aws-cdk-lib';

export class EdgeStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, origin: cloudfront.IOrigin) {
    super(scope, id);
    new cloudfront.Distribution(this, 'Cdn', { // expect: CDN004 info
      defaultBehavior: { origin },
    });
    new cloudfront.Distribution(this, 'Off', {
      defaultBehavior: { origin },
      enableLogging: false, // expect: CDN004
    });
    const dist = new cdk.aws_cloudfront.Distribution(this, 'Root', { defaultBehavior: { origin }, comment: 'x' }); // expect: CDN004
  }
}
