// cdklint-test-path: test/compute.test.ts
import * as acm from 'aws-cdk-lib/aws-certificatemanager';

// Tests use fake ARNs on purpose.
const cert = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/test');
