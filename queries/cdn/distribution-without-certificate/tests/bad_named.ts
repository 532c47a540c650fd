import { Distribution as Cdn } from 'aws-cdk-lib/aws-cloudfront';

export const site = new Cdn(this, 'Site', { defaultBehavior: { origin }, certificate: undefined }); // expect: CDN002
