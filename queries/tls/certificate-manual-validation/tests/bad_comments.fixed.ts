import * as cdk from 'aws-cdk-lib/core';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';

export class SiteStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const zone = new route53.PublicHostedZone(this, 'Zone', { zoneName: 'acme-corp.io' /* TODO */ });
    new acm.Certificate( // expect: TLS003 warning
      this, // TODO
      'Cert',
      {
        // TODO: validation
        domainName: 'app.acme-corp.io',
        validation: acm.CertificateValidation.fromDns(zone), /* the apex later */
      },
    );
    new acm.Certificate(this, 'Mail', {
      domainName: 'mail.acme-corp.io', // TODO
      validation: acm.CertificateValidation.fromDns(zone),
    });
    new acm.Certificate(this, 'Manual', {
      /* TODO */ domainName: 'manual.acme-corp.io',
      validation: acm.CertificateValidation.fromDns(zone), // expect: TLS003 info
    });
  }
}
