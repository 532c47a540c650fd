const cdk = require('aws-cdk-lib/core');
const kms = require('aws-cdk-lib/aws-kms');

class KeyStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    this.key = new kms.Key(this, /* TODO */ 'Key', { enableKeyRotation: /* TODO */ false }); // expect: DAT005
  }
}
module.exports = { KeyStack };
