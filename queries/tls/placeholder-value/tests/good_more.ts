import * as cdk from 'aws-cdk-lib/core';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';

// A local lookalike still sets a domain name: keys are judged wherever they appear, so the
// lookalike is given a real value here.
class Certificate {
  constructor(readonly props: { domainName: string }) {}
}
new Certificate({ domainName: 'app.acme-corp.io' });
// Which branch deploys is not for a linter to guess.
new acm.Certificate(this, 'Cond', { domainName: process.env.CI ? 'ci.example.com' : 'app.acme-corp.io' });
// Real values, and values read from configuration.
new acm.Certificate(this, 'Real', { domainName: 'app.acme-corp.io', subjectAlternativeNames: ['www.acme-corp.io'] });
new cdk.Stack(app, 'S', { env: { account: cdk.Aws.ACCOUNT_ID } });
const secretName = 'placeholder-secret';
new cdk.CfnOutput(this, 'Name', { value: secretName, description: 'TODO: rename' });
