const cdk = require('aws-cdk-lib');
const route53 = require('aws-cdk-lib/aws-route53');

class SiteStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    this.zone = new route53.PublicHostedZone(this, 'Zone', { zoneName: 'acme-corp.io' });
    this.cert = new cdk.aws_certificatemanager.Certificate(this, 'Cert', { domainName: 'acme-corp.io' }); // expect: TLS003
  }
}
module.exports = { SiteStack };
