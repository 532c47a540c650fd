import * as cdk from 'aws-cdk-lib';
import * as fis from 'aws-cdk-lib/aws-fis';
import * as iam from 'aws-cdk-lib/aws-iam';

export class ResilienceStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fisRole: iam.Role) {
    super(scope, id);
    // seed 004 11.1: a template without stop conditions.
    new fis.CfnExperimentTemplate(this, 'FailoverExperiment', { // expect: OPS002 warning
      description: 'Test failover',
      roleArn: fisRole.roleArn,
      targets: {},
      actions: {},
      tags: {},
    });
    new fis.CfnExperimentTemplate(this, 'NoneSource', {
      description: 'AZ outage',
      roleArn: fisRole.roleArn,
      stopConditions: [{ source: 'none' }], // expect: OPS002
      targets: {},
      actions: {},
      tags: {},
    });
    const stops = [{ source: 'none' }, { 'source': 'none' }];
    new fis.CfnExperimentTemplate(this, 'Bound', { description: 'x', roleArn: fisRole.roleArn, stopConditions: stops, targets: {}, actions: {}, tags: {} }); // expect: OPS002
    new fis.CfnExperimentTemplate(this, 'Empty', {
      description: 'x',
      roleArn: fisRole.roleArn,
      'stopConditions': [], // expect: OPS002
      targets: {},
      actions: {},
      tags: {},
    });
  }
}
