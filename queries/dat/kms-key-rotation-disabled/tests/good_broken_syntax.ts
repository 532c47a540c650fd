import * as kms from 'aws-cdk-lib/aws-kms';

const ok = new kms.Key(this, 'Ok', { enableKeyRotation: true });
const typing = new kms.Key(this, 'Typing', { enableKeyRotation:
