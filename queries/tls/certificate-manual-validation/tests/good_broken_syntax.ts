import * as acm from 'aws-cdk-lib/aws-certificatemanager';

new acm.Certificate(this, 'Fine', { domainName: 'a.acme-corp.io', validation: acm.CertificateValidation.fromDns(zone) });
new acm.Certificate(this, 'Half', { domainName: 'b.acme-corp.io', validation: acm.CertificateValidation.
