import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';

// No hosted zone in this file: reported without a fix.
export function certificate(scope: any, domainName: string) {
  return new Certificate(scope, 'Cert', { domainName }); // expect: TLS003
}
export function emailed(scope: any) {
  return new Certificate(scope, 'Mail', { domainName: 'x.acme-corp.io', validation: CertificateValidation.fromEmail() }); // expect: TLS003
}
