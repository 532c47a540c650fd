import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

// A local origin helper, the CDK's load balancer origin and an unrelated host.
const local = { HttpOrigin: class { constructor(_d: string) {} } };
new local.HttpOrigin(alb.loadBalancerDnsName);
new origins.LoadBalancerV2Origin(
  alb, // TODO: HTTPS
  { httpPort: 80 },
);
new origins.HttpOrigin(/* TODO */ api.domainName);
