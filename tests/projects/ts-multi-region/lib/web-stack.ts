import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { Construct } from 'constructs';

export interface WebStackProps extends cdk.StackProps {
  readonly edgeCertificate: acm.ICertificate;
}

export class WebStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId, zoneName: 'example.org' });
    const cert = new acm.Certificate(this, 'Cert', {
      domainName: 'app.example.org',
      validation: acm.CertificateValidation.fromDns(zone),
    });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: { origin: new origins.HttpOrigin('origin.example.org') },
      domainNames: ['app.example.org'],
      certificate: cert,
      enableLogging: true,
    });
    new route53.ARecord(this, 'Primary', {
      zone,
      target: route53.RecordTarget.fromIpAddresses('192.0.2.10'),
      failover: route53.Failover.PRIMARY,
      setIdentifier: 'primary',
      healthCheck,
    });
  }
}
