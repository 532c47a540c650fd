import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export interface WebStackProps extends cdk.StackProps {
  vpc: ec2.IVpc;
}

export class WebStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc: props.vpc, internetFacing: true });
    const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: 'shop.example.org' });

    new route53.ARecord(this, 'Api', {
      zone,
      recordName: 'api',
      target: route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName),
    });

    new dynamodb.Table(this, 'Sessions', {
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    const app = props.vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_NAT });
    new cdk.CfnOutput(this, 'AppSubnets', { value: app.subnetIds.join(',') });
  }
}
