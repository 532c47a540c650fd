const { aws_ec2: ec2 } = require('aws-cdk-lib');

module.exports.vpc = (scope) => new ec2.Vpc(scope, 'Vpc', { natGateways: 4 }); // expect: NET004
