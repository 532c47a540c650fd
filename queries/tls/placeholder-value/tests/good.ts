import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

const domainName = process.env.DOMAIN_NAME ?? 'app.acme-corp.io';
new acm.Certificate(this, 'Cert', { domainName, validation: acm.CertificateValidation.fromDns(zone) });
new route53.PublicHostedZone(this, 'Zone', { zoneName: 'acme-corp.io' });
// seed 004 6.3: a comparison with the placeholder is a guard, not a value.
if (props.domainName && props.domainName !== 'example.com') {
  new route53.ARecord(this, 'A', { zone, target });
}
const isDemo = domainName == 'example.com';
// Keys that are not domains, e-mails, accounts or secrets.
new opensearch.Domain(this, 'Search', { domainName: 'example-search', version });
const secret = { secretName: 'placeholder-secret', description: 'TODO: rotate' };
const mail = { emailSubject: 'Invite to join the CDK Example', emailBody: 'Hello {username}' };
const firewall = { domains: ['example.com', 'example.net'] };
new subs.EmailSubscription(props.alertEmail);
// Real-looking values.
const env = { account: '111122223333', region: 'us-east-1' };
const pwd = { passwordLength: 32 };
// A prop that is not set from a literal.
new cdk.Stack(app, 'S', { env: { account: process.env.CDK_DEFAULT_ACCOUNT } });
