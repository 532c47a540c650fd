import * as cdk from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

class EdgeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const cert = new acm.Certificate(this, 'Cert', { domainName: 'www.example.org' });
    new wafv2.CfnWebACL(this, 'Acl', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig });
    new cloudfront.Distribution(this, 'Cdn', { defaultBehavior, domainNames: ['www.example.org'], certificate: cert });
  }
}

// Regional resources belong in the regional stack.
class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const cert = new acm.Certificate(this, 'ApiCert', { domainName: 'api.example.org' });
    new elbv2.ApplicationListener(this, 'Https', { loadBalancer: alb, port: 443, certificates: [cert] });
    new wafv2.CfnWebACL(this, 'RegionalAcl', { scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior,
      certificate: acm.Certificate.fromCertificateArn(this, 'Edge', edgeCertArn),
    });
  }
}

const app = new cdk.App();
new EdgeStack(app, 'Edge', { env: { region: 'us-east-1' } });
new EdgeStack(app, 'EdgeFromContext', { env: { region: app.node.tryGetContext('region') } });
new ApiStack(app, 'Api', { env: { region: 'eu-west-1' } });
