import * as cdk from 'aws-cdk-lib/core';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';

// A local lookalike of the import.
class Certificate {
  static fromCertificateArn(scope: unknown, id: string, arn: string) {
    return arn;
  }
}
Certificate.fromCertificateArn(this, 'Local', 'arn:aws:acm:us-east-1:123456789012:certificate/x');
// Tokens and dynamic references resolve to the ARN at deploy time.
acm.Certificate.fromCertificateArn(this, 'Param', cdk.Token.asString(cdk.Fn.importValue('CertArn')));
const arn = { certificateArn: '${Token[TOKEN.123]}' };
// Which branch deploys is not for a linter to guess.
acm.Certificate.fromCertificateArn(this, 'Cond', process.env.CERT_ARN ?? 'arn:aws:acm:us-east-1:123456789012:certificate/x');
