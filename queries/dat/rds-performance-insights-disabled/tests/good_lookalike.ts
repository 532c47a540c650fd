import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';

// A local lookalike of a CDK name is not the CDK.
class DatabaseInstance {
  constructor(scope: unknown, id: string, props: unknown) {}
}

export class DatabaseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc) {
    super(scope, id);
    new DatabaseInstance(this, 'Local', { vpc, enablePerformanceInsights: false });
    // The safe form, and classes that do not support Performance Insights.
    new rds.DatabaseInstance(this, 'On', { vpc, /* TODO */ enablePerformanceInsights: true });
    const small = ec2.InstanceType.of(ec2.InstanceClass.T3, /* TODO */ ec2.InstanceSize.SMALL);
    new rds.DatabaseInstance(this, 'Small', { vpc, instanceType: small });
    new rds.DatabaseInstance(this, 'Micro', { vpc, instanceType: new ec2.InstanceType('db.t4g.micro'), enablePerformanceInsights: false });
  }
}
