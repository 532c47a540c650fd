import { Stack, aws_kms } from 'aws-cdk-lib';
import { Key as KmsKey } from 'aws-cdk-lib/aws-kms';

export function keys(stack: Stack) {
  new KmsKey(stack, 'Named', { pendingWindow: undefined, enableKeyRotation: true }); // expect: DAT005
  return new aws_kms.Key(stack, 'Root', { enableKeyRotation: true }); // expect: DAT005
}
