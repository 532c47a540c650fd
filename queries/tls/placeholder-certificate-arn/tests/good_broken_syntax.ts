import * as acm from 'aws-cdk-lib/aws-certificatemanager';

const fine = acm.Certificate.fromCertificateArn(this, 'Fine', this.node.tryGetContext('certArn'));
const half = acm.Certificate.fromCertificateArn(this, 'Half', 'arn:aws:acm:us-east-1:123456789012:certificate/
