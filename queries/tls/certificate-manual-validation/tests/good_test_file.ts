// cdklint-test-path: test/site-stack.test.ts
import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';

// A unit test synthesizes the certificate; nothing waits for its validation.
const stack = new cdk.Stack();
new acm.Certificate(stack, 'Cert', { domainName: 'app.acme-corp.io' });
