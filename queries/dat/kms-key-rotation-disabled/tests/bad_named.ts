import { Stack, aws_kms } from 'aws-cdk-lib';
import { Key as KmsKey } from 'aws-cdk-lib/aws-kms';

export function keys(stack: Stack) {
  new KmsKey(stack, 'Named', { pendingWindow: undefined }); // expect: DAT005
  return new aws_kms.Key(stack, 'Root', {}); // expect: DAT005
}
