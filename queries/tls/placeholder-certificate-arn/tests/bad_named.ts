import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { ListenerCertificate } from 'aws-cdk-lib/aws-elasticloadbalancingv2';

const certificateArn = 'arn:aws:acm:us-east-1:111122223333:certificate/dummy';
export const viewer = { certificateArn }; // expect: TLS001
export const listenerCert = ListenerCertificate.fromArn('certificate_arn'); // expect: TLS001
export const empty = Certificate.fromCertificateArn(this, 'Empty', ''); // expect: TLS001
export const cf = { acmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/example-cert' }; // expect: TLS001
