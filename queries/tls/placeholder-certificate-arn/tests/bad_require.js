const { aws_certificatemanager: acm, Fn } = require('aws-cdk-lib');

module.exports = (scope) => [
  acm.Certificate.fromCertificateArn(scope, 'Cert', Fn.sub('arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/CHANGEME')), // expect: TLS001
];
