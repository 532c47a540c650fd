import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';

const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: 'acme-corp.io' });
const other = route53.HostedZone.fromLookup(this, 'Other', { domainName: 'acme-corp.net' });
new acm.Certificate(this, 'Dns', { domainName: 'a.acme-corp.io', validation: acm.CertificateValidation.fromDns(zone) });
new acm.Certificate(this, 'Multi', {
  domainName: 'a.acme-corp.io',
  subjectAlternativeNames: ['a.acme-corp.net'],
  validation: acm.CertificateValidation.fromDnsMultiZone({ 'a.acme-corp.io': zone, 'a.acme-corp.net': other }),
});
// Props from elsewhere: validation may be there.
new acm.Certificate(this, 'Spread', { ...certProps, domainName: 'b.acme-corp.io' });
new acm.Certificate(this, 'Props', certProps);
// Other certificate constructs validate differently.
new acm.DnsValidatedCertificate(this, 'Legacy', { domainName: 'c.acme-corp.io', hostedZone: zone });
new acm.PrivateCertificate(this, 'Private', { domainName: 'internal.acme', certificateAuthority: ca });
acm.Certificate.fromCertificateArn(this, 'Imported', certArn);
class Certificate {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new Certificate(this, 'Local', { domainName: 'x' });
