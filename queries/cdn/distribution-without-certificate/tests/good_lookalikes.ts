import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

declare const origin: cloudfront.IOrigin;
declare const certificate: any;
const noNames: string[] = [];
new cloudfront.Distribution(this, 'NoNames', {
  // TODO: add names later
  defaultBehavior: { origin },
  domainNames: noNames,
});
new cloudfront.Distribution(this, 'Cert', {
  defaultBehavior: { origin },
  domainNames: ['www.example.org'], // TODO: more
  certificate: certificate ?? undefined,
});
// A local class named like the CDK's.
const Distribution = class { constructor(..._args: unknown[]) {} };
new Distribution(this, 'Local', { domainNames: ['x.example.org'] });
