import * as cdk from 'aws-cdk-lib/core';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';

export class AppStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, topic: any) {
    super(scope, id);
    new acm.Certificate(
      this, // TODO
      'Cert',
      {
        // TODO: the real domain
        domainName: /* TODO */ 'app.example.com', // expect: TLS002
        subjectAlternativeNames: [
          // TODO
          'www.example.com', // expect: TLS002
        ],
      },
    );
    new secretsmanager.CfnSecret(this, 'Db', {
      secretString: JSON.stringify({ // TODO
        username: 'admin',
        password: 'changeme', // expect: TLS002
      }),
    });
    new secretsmanager.Secret(this, 'Api', {
      secretStringValue: cdk.SecretValue.unsafePlainText(JSON.stringify({ apiSecret: 'REPLACE_ME' })), // expect: TLS002
    });
    topic.addSubscription(new subs.EmailSubscription(
      // TODO
      'ops@example.org', // expect: TLS002
    ));
  }
}

const app = new cdk.App();
new AppStack(app, 'App', {
  env: { /* TODO */ account: '123456789012', region: 'eu-west-1' }, // expect: TLS002
});
