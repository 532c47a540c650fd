const { Stack } = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

class KeyStack extends Stack {
  constructor(scope, id) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', { // expect: DAT005
      alias: 'app/key', // the alias other stacks look up
      enableKeyRotation: true,
    });
  }
}
module.exports = { KeyStack };
