const cdk = require('aws-cdk-lib/core');
const ec2 = require('aws-cdk-lib/aws-ec2');

class BastionStack extends cdk.Stack {
  constructor(scope, id, sg) {
    super(scope, id);
    sg.addIngressRule(ec2.Peer.anyIpv4(), /* TODO */ ec2.Port.RDP, 'RDP'); // expect: NET006 error
    sg.connections.allowFromAnyIpv4(/* TODO */ ec2.Port.allTcp()); // expect: NET006 error
  }
}
module.exports = { BastionStack };
