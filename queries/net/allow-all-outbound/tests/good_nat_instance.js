const cdk = require('aws-cdk-lib/core');
const ec2 = require('aws-cdk-lib/aws-ec2');

class NetworkStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    const natSg = new ec2.SecurityGroup(this, 'NatSg', { allowAllOutbound: true });
    const nat = ec2.NatProvider.instanceV2({ instanceType: new ec2.InstanceType('t4g.nano'), securityGroup: natSg });
    new ec2.Vpc(this, 'Vpc', { natGatewayProvider: nat });
  }
}
module.exports = { NetworkStack };
