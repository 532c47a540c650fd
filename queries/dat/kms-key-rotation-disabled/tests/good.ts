import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';

class Key {
  constructor(scope: unknown, id: string, props?: unknown) {}
}

export class SecurityStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: kms.KeyProps, spec: kms.KeySpec) {
    super(scope, id);
    new kms.Key(this, 'Rotated', { enableKeyRotation: true });
    new kms.Key(this, 'RotatedYearly', { enableKeyRotation: true, rotationPeriod: cdk.Duration.days(365) });
    // Keys that cannot rotate.
    new kms.Key(this, 'Signing', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY });
    new kms.Key(this, 'Hmac', { keySpec: kms.KeySpec.HMAC_256, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC });
    new kms.Key(this, 'UnknownSpec', { keySpec: spec });
    // Props the rule cannot see.
    new kms.Key(this, 'FromProps', props);
    new kms.Key(this, 'Spread', { ...props });
    // Not a new key.
    kms.Key.fromKeyArn(this, 'Imported', 'arn:aws:kms:us-east-1:111122223333:key/abc');
    new kms.Alias(this, 'Alias', { aliasName: 'alias/app', targetKey: kms.Key.fromLookup(this, 'L', { aliasName: 'alias/x' }) });
    new Key(this, 'Local');
  }
}
