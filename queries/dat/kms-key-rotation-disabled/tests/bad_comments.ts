import * as cdk from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';

export class KeyStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, /* TODO */ id);
    new kms.Key(this, /* TODO */ 'Data', { // expect: DAT005
      // TODO: alias
      description: 'data',
    });
    new kms.Key(this, 'Off', {
      // TODO
      enableKeyRotation: false, // expect: DAT005
      keySpec: kms.KeySpec.SYMMETRIC_DEFAULT, // TODO
    });
    new kms.Key(this, 'Empty', { /* TODO */ }); // expect: DAT005
  }
}
