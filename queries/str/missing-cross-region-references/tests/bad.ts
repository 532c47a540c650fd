import * as cdk from 'aws-cdk-lib';
import { CertStack, WebStack, ApiStack } from '../lib/stacks';

const app = new cdk.App();
const certs = new CertStack(app, 'Certs', { env: { account: '111111111111', region: 'us-east-1' } });
new WebStack(app, 'Web', {
  env: { account: '111111111111', region: 'eu-west-1' }, // expect: STR001 warning
  certificate: certs.certificate,
});
const US = { region: 'us-east-1' };
const edge = new CertStack(app, 'Edge', { env: US });
new ApiStack(app, 'Api', { env: { region: 'ap-southeast-2' }, domain: { cert: edge.certificate.certificateArn } }); // expect: STR001
