// cdklint-test-path: test/edge.test.ts
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin } });
