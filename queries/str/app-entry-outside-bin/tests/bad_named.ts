// cdklint-test-path: packages/infra/lib/stacks/main.ts
import { App as CdkApp, Stack } from 'aws-cdk-lib';

export function main() {
  const app = new CdkApp({ context: { env: 'dev' } }); // expect: STR002
  new Stack(app, 'Main');
  app.synth();
}
