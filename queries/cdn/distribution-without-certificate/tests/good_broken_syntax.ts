import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

new cloudfront.Distribution(this, 'Fine', { defaultBehavior: { origin }, domainNames: ['a.example.org'], certificate });
new cloudfront.Distribution(this, 'Half', { defaultBehavior: { origin }, domainNames: ['b.example.org'], certificate: 
