import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

// A local model of a load balancer.
class ApplicationLoadBalancer {
  loadBalancerDnsName = 'internal.example';
}
const alb = new ApplicationLoadBalancer();
new origins.HttpOrigin(alb.loadBalancerDnsName);
