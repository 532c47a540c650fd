import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { Construct } from 'constructs';

export class CertStack extends cdk.Stack {
  public readonly certificate: acm.ICertificate;

  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    this.certificate = new acm.Certificate(this, 'Edge', {
      domainName: 'www.example.org',
      validation: acm.CertificateValidation.fromDns(),
    });
  }
}
