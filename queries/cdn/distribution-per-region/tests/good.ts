import * as cdk from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';

interface Props extends cdk.StackProps {
  tenants: { id: string; domain: string }[];
  regions: string[];
}

export class TenantCdn extends cdk.Stack {
  constructor(scope: Construct, id: string, props: Props) {
    super(scope, id, props);
    // One distribution per tenant or site is normal.
    for (const tenant of props.tenants) {
      new cloudfront.Distribution(this, `Cdn-${tenant.id}`, {
        defaultBehavior: { origin: new origins.HttpOrigin(tenant.domain) },
        domainNames: [tenant.domain],
      });
    }
    props.tenants.forEach((t) => new cloudfront.Distribution(this, t.id, { defaultBehavior }));
    // Origins per region in a loop, one distribution outside it.
    const originsPerRegion = props.regions.map((r) => new origins.HttpOrigin(`api.${r}.example.org`));
    new cloudfront.Distribution(this, 'Global', {
      defaultBehavior: {
        origin: new origins.OriginGroup({ primaryOrigin: originsPerRegion[0], fallbackOrigin: originsPerRegion[1] }),
      },
    });
    // A loop that is not around the distribution.
    for (const region of props.regions) {
      new cdk.CfnOutput(this, `Out-${region}`, { value: region });
    }
  }
}

// One region of the loop gets the distribution: created once.
export function perRegion(app: cdk.App, regions: string[], primaryRegion: string) {
  for (const region of regions) {
    const stack = new cdk.Stack(app, `Web-${region}`, { env: { region } });
    if (region === primaryRegion) {
      new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior });
    }
  }
}
