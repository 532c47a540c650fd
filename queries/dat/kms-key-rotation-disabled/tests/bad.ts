import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';

export class SecurityStack extends cdk.Stack {
  kmsKey: kms.Key;
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    this.kmsKey = new kms.Key(this, 'DataEncryptionKey', { // expect: DAT005
      description: 'KMS key for encrypting data at rest',
      alias: 'app/data',
    });
    new kms.Key(this, 'Bare'); // expect: DAT005
    new kms.Key(this, 'Off', { enableKeyRotation: false }); // expect: DAT005
    new kms.Key(this, 'Symmetric', { keySpec: kms.KeySpec.SYMMETRIC_DEFAULT }); // expect: DAT005
    new kms.Key(this, 'SymmetricOff', { enableKeyRotation: false, keySpec: kms.KeySpec.SYMMETRIC_DEFAULT }); // expect: DAT005
  }
}
