import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as ssm from 'aws-cdk-lib/aws-ssm';

declare const zone: any;
const created = new acm.Certificate(this, 'Cert', { domainName: 'app.example.org', validation: acm.CertificateValidation.fromDns(zone) });
const real = acm.Certificate.fromCertificateArn(this, 'Real', 'arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b');
const fromContext = acm.Certificate.fromCertificateArn(this, 'Ctx', this.node.tryGetContext('certificateArn'));
const fromSsm = elbv2.ListenerCertificate.fromArn(ssm.StringParameter.valueForStringParameter(this, '/app/cert-arn'));
const fromTemplate = { certificateArn: `arn:aws:acm:${this.region}:${this.account}:certificate/${certId}` };
const dynamicRef = { certificateArn: '{{resolve:ssm:/app/cert-arn}}' };
const sub = { certificateArn: cdk.Fn.sub('arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/${CertId}') };
const fromCert = { certificateArn: created.certificateArn };
// Not a certificate ARN.
const bucket = { bucketArn: 'arn:aws:s3:::example-bucket' };
const role = { roleArn: 'arn:aws:iam::123456789012:role/placeholder' };
// Comparisons are not values.
if (props.certificateArn === 'placeholder') {
  throw new Error('set a certificate');
}
