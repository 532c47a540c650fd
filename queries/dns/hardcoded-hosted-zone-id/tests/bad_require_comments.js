const cdk = require('aws-cdk-lib/core');
const { CfnRecordSet } = require('aws-cdk-lib/aws-route53');

class Records extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new CfnRecordSet(this, 'R', {
      // TODO: zone attribute
      hostedZoneId: 'Z0413440ABCDEFGHIJ', // expect: DNS004
      name: 'x',
      type: 'A',
    });
  }
}
module.exports = { Records };
