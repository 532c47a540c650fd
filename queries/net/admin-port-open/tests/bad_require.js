const cdk = require('aws-cdk-lib');
const { aws_ec2: ec2 } = require('aws-cdk-lib');

function open(sg) {
  sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(3389)); // expect: NET006
  sg.addIngressRule(cdk.aws_ec2.Peer.anyIpv4(), cdk.aws_ec2.Port.SSH); // expect: NET006
}
module.exports = { open };
