import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as s3 from 'aws-cdk-lib/aws-s3';

declare const origin: cloudfront.IOrigin;
declare const props: cloudfront.DistributionProps;
const logBucket = new s3.Bucket(this, 'Logs', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
new cloudfront.Distribution(this, 'Enabled', { defaultBehavior: { origin }, enableLogging: true });
new cloudfront.Distribution(this, 'Bucket', { defaultBehavior: { origin }, logBucket });
new cloudfront.Distribution(this, 'Both', { defaultBehavior: { origin }, enableLogging: true, logBucket, logFilePrefix: 'cdn/' });
// Props from elsewhere: not judged.
new cloudfront.Distribution(this, 'Props', props);
new cloudfront.Distribution(this, 'Spread', { ...props, comment: 'x' });
// Not a Distribution.
new cloudfront.CloudFrontWebDistribution(this, 'Web', { originConfigs: [] });
new cloudfront.Function(this, 'Fn', { code: cloudfront.FunctionCode.fromInline('') });
class Distribution {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new Distribution(this, 'Local', { defaultBehavior: {} });
