import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

// Alias records, IP literals and other values are fine.
const alias = route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb));
const ips = route53.RecordTarget.fromIpAddresses('10.0.0.10', '10.0.1.10');
const v6 = route53.RecordTarget.fromIpAddresses('2001:db8::1');
const eip = route53.RecordTarget.fromIpAddresses(instance.instancePublicIp);
const values = route53.RecordTarget.fromValues(alb.loadBalancerDnsName);

// A local RecordTarget is not Route 53's.
class RecordTarget {
  static fromIpAddresses(...ips: string[]) {
    return ips;
  }
}
const local = RecordTarget.fromIpAddresses(alb.loadBalancerDnsName);
