import * as route53 from 'aws-cdk-lib/aws-route53';

// No version known: nothing is guessed.
new route53.ARecord(this, 'Primary', { zone, target, failover: route53.Failover.PRIMARY });
