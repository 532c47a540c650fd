import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';

const DOMAIN = 'example.com';

export class WebStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, topic: any) {
    super(scope, id);
    // seed 003 §1/§3: a certificate for the placeholder domain.
    const zone = new route53.PublicHostedZone(this, 'Zone', { zoneName: DOMAIN }); // expect: TLS002 warning
    new acm.Certificate(this, 'Cert', {
      domainName: `*.example.com`, // expect: TLS002
      subjectAlternativeNames: ['www.example.com'], // expect: TLS002
      validation: acm.CertificateValidation.fromDns(zone),
    });
    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.POSTGRES,
      credentials: rds.Credentials.fromPassword('admin', cdk.SecretValue.unsafePlainText('x')),
      'masterUserPassword': 'changeme', // expect: TLS002
    } as any);
    topic.addSubscription(new subs.EmailSubscription('alerts@example.org')); // expect: TLS002
    const hostedZoneId = 'ZXXXXXXXXXXXXX';
    route53.HostedZone.fromHostedZoneAttributes(this, 'Imported', { hostedZoneId, zoneName: '<your-domain>' }); // expect: TLS002, TLS002
  }
}

const app = new cdk.App();
new WebStack(app, 'Web', { env: { account: '123456789012', region: 'us-east-1' } }); // expect: TLS002
new WebStack(app, 'Web2', { env: { account: 'YOUR_ACCOUNT_ID', region: 'us-east-1' } }); // expect: TLS002
