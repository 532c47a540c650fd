import * as cdk from 'aws-cdk-lib';
import { CertStack, WebStack } from '../lib/stacks';

const app = new cdk.App();
const certs = new CertStack(app, 'Certs', { env: { region: 'us-east-1' } });
// Opted in.
new WebStack(app, 'Web', { env: { region: 'eu-west-1' }, crossRegionReferences: true, certificate: certs.certificate });
// Same region.
new WebStack(app, 'Edge', { env: { region: 'us-east-1' }, certificate: certs.certificate });
// Independent per-region stacks share nothing.
for (const region of ['eu-west-1', 'us-west-2']) {
  new WebStack(app, `Web-${region}`, { env: { region } });
}
new WebStack(app, 'Alone', { env: { region: 'eu-central-1' }, domainName: 'example.org' });
// The consumer's region is not a literal: not compared.
new WebStack(app, 'Ctx', { env: { region: app.node.tryGetContext('region') }, certificate: certs.certificate });
