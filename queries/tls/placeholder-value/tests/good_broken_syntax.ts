import * as acm from 'aws-cdk-lib/aws-certificatemanager';

new acm.Certificate(this, 'Fine', { domainName: 'app.acme-corp.io' });
new acm.Certificate(this, 'Half', { domainName: 'example.c
