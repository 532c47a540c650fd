import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';

declare const origin: cloudfront.IOrigin;
declare const certificate: acm.ICertificate;
declare const defaults: cloudfront.DistributionProps;
declare const useTls: boolean;

new cloudfront.Distribution(this, 'WithCert', { defaultBehavior: { origin }, domainNames: ['www.example.org'], certificate });
new cloudfront.Distribution(this, 'Default', { defaultBehavior: { origin } });
new cloudfront.Distribution(this, 'EmptyNames', { defaultBehavior: { origin }, domainNames: [] });
// Spread or props variable: the certificate may be there.
new cloudfront.Distribution(this, 'Spread', { ...defaults, domainNames: ['www.example.org'] });
new cloudfront.Distribution(this, 'Props', defaults);
// A conditional is a decision, not a placeholder.
new cloudfront.Distribution(this, 'Cond', { defaultBehavior: { origin }, domainNames: ['x.example.org'], certificate: useTls ? certificate : undefined });
// The older CloudFrontWebDistribution is configured differently.
new cloudfront.CloudFrontWebDistribution(this, 'Web', { originConfigs: [] });
class Distribution {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new Distribution(this, 'Local', { domainNames: ['x'], certificate: undefined });
