const cdk = require('aws-cdk-lib/core');
const ec2 = require('aws-cdk-lib/aws-ec2');

class NetworkStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    new ec2.Vpc(this, 'Vpc', {
      // TODO
      cidr: '10.0.0.0/16', // expect: NET002
      /* TODO */ maxAzs: 2,
    });
  }
}
module.exports = { NetworkStack };
