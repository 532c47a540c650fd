import { RecordTarget as RT, ARecord } from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';

export const target = RT.fromAlias(new targets.LoadBalancerTarget(props.alb)); // expect: DNS001
