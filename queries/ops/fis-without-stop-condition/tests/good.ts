import * as fis from 'aws-cdk-lib/aws-fis';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

const alarm = new cloudwatch.Alarm(this, 'Stop', { metric, threshold: 1, evaluationPeriods: 1 });
new fis.CfnExperimentTemplate(this, 'Guarded', {
  description: 'AZ outage',
  roleArn,
  stopConditions: [{ source: 'aws:cloudwatch:alarm', value: alarm.alarmArn }],
  targets: {},
  actions: {},
  tags: {},
});
// One alarm among the conditions is enough.
new fis.CfnExperimentTemplate(this, 'Mixed', {
  description: 'm',
  roleArn,
  stopConditions: [{ source: 'none' }, { source: 'aws:cloudwatch:alarm', value: alarm.alarmArn }],
  targets: {},
  actions: {},
  tags: {},
});
// Not visible here.
new fis.CfnExperimentTemplate(this, 'FromProps', { description: 'p', roleArn, stopConditions: props.stopConditions, targets: {}, actions: {}, tags: {} });
new fis.CfnExperimentTemplate(this, 'Spread', { ...templateProps });
new fis.CfnExperimentTemplate(this, 'Variable', templateProps);
// A local lookalike.
class CfnExperimentTemplate {
  constructor(scope: unknown, id: string, props: unknown) {}
}
new CfnExperimentTemplate(this, 'Local', { stopConditions: [{ source: 'none' }] });
