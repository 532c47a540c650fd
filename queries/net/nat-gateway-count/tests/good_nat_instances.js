const cdk = require('aws-cdk-lib/core');
const ec2 = require('aws-cdk-lib/aws-ec2');

class NetworkStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 2,
      natGatewayProvider: ec2.NatProvider.instanceV2({ instanceType: new ec2.InstanceType('t4g.nano') }),
    });
  }
}
module.exports = { NetworkStack };
