const cdk = require('aws-cdk-lib/core');
const acm = require('aws-cdk-lib/aws-certificatemanager');

module.exports = (scope) => [
  acm.Certificate.fromCertificateArn(scope, 'Cert', cdk.Fn.sub(/* TODO */ 'arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/dummy')), // expect: TLS001
  { certificateArns: ['arn:aws:acm:us-east-1:111122223333:certificate/xxxx' /* TODO */] }, // expect: TLS001
];
