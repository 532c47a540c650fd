import { RecordTarget as RT, ARecord } from 'aws-cdk-lib/aws-route53';

export const target = RT.fromIpAddresses(props.alb.loadBalancerDnsName); // expect: DNS001
