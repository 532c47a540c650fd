import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';

export class WebStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: 'acme-corp.io' });
    // seed 003 §2: the default is e-mail validation; the stack hangs in CREATE_IN_PROGRESS.
    const cert = new acm.Certificate(this, 'Cert', { // expect: TLS003 warning
      domainName: 'app.acme-corp.io',
      subjectAlternativeNames: ['www.acme-corp.io'],
      validation: acm.CertificateValidation.fromDns(zone),
    });
    this.apiCert = new acm.Certificate(this, 'ApiCert', {
      domainName: 'api.acme-corp.io',
      validation: acm.CertificateValidation.fromDns(zone), // expect: TLS003 warning
    });
    new acm.Certificate(this, 'Manual', { domainName: 'manual.acme-corp.io', validation: acm.CertificateValidation.fromDns(zone) }); // expect: TLS003 info
  }
}
