import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

// A local helper named like the CDK's method, and the safe forms.
const local = { fromIpAddresses: (...ips: string[]) => ips };
local.fromIpAddresses(alb.loadBalancerDnsName);
const alias = route53.RecordTarget.fromAlias(
  // TODO: evaluate target health
  new targets.LoadBalancerTarget(alb),
);
const ip = route53.RecordTarget.fromIpAddresses(/* TODO */ '192.0.2.10', '2001:db8::1');
const cname = new route53.CnameRecord(this, 'Www', { zone, domainName: alb.loadBalancerDnsName });
