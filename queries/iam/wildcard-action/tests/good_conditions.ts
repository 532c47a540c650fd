import * as cdk from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';

class PolicyStatement {
  constructor(props: unknown) {}
  addActions(...actions: string[]) {}
}

export class KeyStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, key: { keyArn: string }) {
    super(scope, id);
    // `*` in condition values narrows access.
    new iam.PolicyStatement({
      actions: ['kms:Decrypt'],
      resources: [key.keyArn],
      conditions: { StringLike: { 'kms:ViaService': '*', 'kms:EncryptionContext:aws:*': ['*'] } },
    });
    iam.PolicyDocument.fromJson({
      Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: key.keyArn, Condition: { StringLike: { 'kms:ViaService': '*' } } }],
    });
    // A key policy statement delegating to the account.
    new iam.PolicyStatement({ principals: [new iam.AccountPrincipal(this.account)], actions: ['kms:*'], resources: ['*'] });
    const deny = new iam.PolicyStatement({ effect: iam.Effect.DENY, resources: ['*'] });
    deny.addActions('s3:*');
    new PolicyStatement({ actions: ['s3:*'] }).addActions('s3:*');
  }
}
