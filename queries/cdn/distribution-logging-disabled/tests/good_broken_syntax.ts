import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

new cloudfront.Distribution(this, 'Fine', { defaultBehavior: { origin }, enableLogging: true });
new cloudfront.Distribution(this, 'Half', { defaultBehavior: { origin },
