import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';

// The file path names production: DAT001 is an error here.
export class DataStack extends Stack {
  constructor(scope: App, id: string) {
    super(scope, id);
    new kms.Key(this, 'Key', { removalPolicy: RemovalPolicy.RETAIN }); // expect: DAT001 error
  }
}
