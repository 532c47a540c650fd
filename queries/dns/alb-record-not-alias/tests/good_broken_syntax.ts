import * as route53 from 'aws-cdk-lib/aws-route53';

const ok = route53.RecordTarget.fromIpAddresses('10.0.0.1');
const half = route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName
