#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { CertStack } from '../lib/cert-stack';
import { ComplianceStack } from '../lib/compliance-stack';
import { NetworkStack } from '../lib/network-stack';
import { WebStack } from '../lib/web-stack';

const app = new cdk.App();
const certs = new CertStack(app, 'Certs', { env: { account: '111111111111', region: 'us-east-1' } });
new WebStack(app, 'Web', {
  env: { account: '111111111111', region: 'eu-west-1' },
  edgeCertificate: certs.certificate,
});
new NetworkStack(app, 'Network');
new ComplianceStack(app, 'Compliance', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
