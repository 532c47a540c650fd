import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';

interface Props extends cdk.StackProps {
  regions: string[];
  deployments: { code: string; name: string }[];
}

export class MultiRegionCdn extends cdk.Stack {
  constructor(scope: Construct, id: string, props: Props) {
    super(scope, id, props);
    for (const region of props.regions) {
      new cloudfront.Distribution(this, `Cdn-${region}`, { // expect: CDN003 warning
        defaultBehavior: { origin: new origins.HttpOrigin(`api.${region}.example.org`) },
      });
    }
    ['us-east-1', 'eu-west-1'].forEach((r) => {
      new Distribution(this, `Cdn2-${r}`, { defaultBehavior: { origin: new origins.HttpOrigin(`${r}.example.org`) } }); // expect: CDN003
    });
    const dists = props.regions.map((x) => new cdk.aws_cloudfront.Distribution(this, x, { defaultBehavior })); // expect: CDN003
    for (const { code, name } of props.deployments) {
      const stack = new cdk.Stack(scope, name, { env: { region: code } });
      new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior }); // expect: CDN003
    }
  }
}
