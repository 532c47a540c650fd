import * as cdk from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';

// A local lookalike of a CDK name is not the CDK.
class Key {
  constructor(scope: unknown, id: string, props?: unknown) {}
}

export class KeyStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new Key(this, 'Local', { enableKeyRotation: false });
    // The safe form.
    new kms.Key(this, 'Rotated', { /* TODO */ enableKeyRotation: true });
    new kms.Key(this, 'Signing', { keySpec: kms.KeySpec.ECC_NIST_P256, /* TODO */ enableKeyRotation: false });
  }
}
