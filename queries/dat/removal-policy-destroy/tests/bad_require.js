const { RemovalPolicy } = require('aws-cdk-lib');
const efs = require('aws-cdk-lib/aws-efs');

function build(scope, vpc) {
  return new efs.FileSystem(scope, 'Shared', { vpc, removalPolicy: RemovalPolicy.DESTROY }); // expect: DAT001
}
module.exports = { build };
