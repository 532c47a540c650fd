import * as cdk from 'aws-cdk-lib/core';
import * as fis from 'aws-cdk-lib/aws-fis';

export class ChaosStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, roleArn: string) {
    super(scope, id);
    new fis.CfnExperimentTemplate(this, 'NoneSource', {
      // TODO: wire an alarm
      description: 'AZ outage',
      roleArn,
      stopConditions: [ // expect: OPS002
        // TODO
        { /* TODO */ source: 'none' },
        { source: 'none', /* later */ },
      ],
      targets: {},
      actions: {},
    });
    new fis.CfnExperimentTemplate(this, 'Empty', {
      description: 'e', // TODO
      roleArn,
      stopConditions: [ /* TODO */ ], // expect: OPS002
      targets: {},
      actions: {},
    });
    new fis.CfnExperimentTemplate( // expect: OPS002
      this, // TODO
      'Missing',
      { description: 'm', /* TODO */ roleArn, targets: {}, actions: {} },
    );
  }
}
